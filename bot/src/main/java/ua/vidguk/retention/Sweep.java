package ua.vidguk.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Changes the old documents of a collection whose {@code _id} does not start with the time: one
 * query on the time field (which the embedded database answers by scanning the collection, and
 * MongoDB too, since Vidguk creates no index besides {@code _id}) read through a cursor of {@value
 * #BATCH} documents a batch, and each batch's changes sent as one unordered bulk of operations by
 * {@code _id} (one round trip and, on the embedded database, one commit). Meant for a nightly job.
 */
public final class Sweep {

    static final int BATCH = 500;

    private Sweep() {}

    /**
     * Applies {@code change} to every document {@code matching} finds.
     *
     * @param matching its projection decides what {@code change} sees; keep it to what it needs
     * @param change the update of one document by its {@code _id}, or null to leave it
     * @return how many documents it found to change
     */
    public static long update(
            MongoTemplate mongo, String collection, Query matching, Function<Document, @Nullable Update> change) {
        return each(mongo, collection, matching.cursorBatchSize(BATCH), (batch, found) -> {
            Update update = change.apply(found);
            if (update != null) {
                batch.add(bulk -> bulk.updateOne(query(where("_id").is(found.get("_id"))), update));
            }
        });
    }

    /** Sets or unsets the same fields in every document {@code matching} finds. */
    public static long update(MongoTemplate mongo, String collection, Criteria matching, Update change) {
        return update(mongo, collection, idsOf(matching), document -> change);
    }

    /**
     * Removes every document {@code matching} finds, by {@code _id}: only for documents that no
     * write makes young again (a removal does not look again).
     *
     * @return how many it found to remove
     */
    public static long remove(MongoTemplate mongo, String collection, Criteria matching) {
        return each(
                mongo,
                collection,
                idsOf(matching),
                (batch, found) ->
                        batch.add(bulk -> bulk.remove(query(where("_id").is(found.get("_id"))))));
    }

    /**
     * Removes every document whose {@code _id} (a string) says it is old: reads every id of the
     * collection, so only for collections that this keeps small.
     */
    public static long removeIds(MongoTemplate mongo, String collection, Predicate<String> old) {
        return each(mongo, collection, idsOf(new Criteria()), (batch, found) -> {
            if (found.get("_id") instanceof String id && old.test(id)) {
                batch.add(bulk -> bulk.remove(query(where("_id").is(id))));
            }
        });
    }

    /**
     * Removes every document {@code matching} finds if it still matches: one {@code findAndRemove}
     * on its {@code _id} and {@code matching} each, for documents a write may make young again
     * meanwhile.
     */
    public static long removeGuarded(MongoTemplate mongo, String collection, Criteria matching) {
        long removed = 0;
        try (var found = mongo.stream(idsOf(matching), Document.class, collection)) {
            for (var iterator = found.iterator(); iterator.hasNext(); ) {
                var guard = query(new Criteria()
                        .andOperator(where("_id").is(iterator.next().get("_id")), matching));
                if (mongo.findAndRemove(guard, Document.class, collection) != null) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static Query idsOf(Criteria matching) {
        var ids = query(matching).cursorBatchSize(BATCH);
        ids.fields().include("_id");
        return ids;
    }

    /** One document's change, added to a batch's bulk of operations. */
    private interface Operation {
        void addTo(BulkOperations bulk);
    }

    /** What, if anything, is done to a document found. */
    private interface Collector {
        void collect(List<Operation> batch, Document found);
    }

    private static long each(MongoTemplate mongo, String collection, Query matching, Collector collector) {
        long changed = 0;
        List<Operation> batch = new ArrayList<>(BATCH);
        try (var found = mongo.stream(matching, Document.class, collection)) {
            for (var iterator = found.iterator(); iterator.hasNext(); ) {
                collector.collect(batch, iterator.next());
                if (batch.size() == BATCH) {
                    changed += flush(mongo, collection, batch);
                }
            }
        }
        return changed + flush(mongo, collection, batch);
    }

    private static long flush(MongoTemplate mongo, String collection, List<Operation> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        var bulk = mongo.bulkOps(BulkMode.UNORDERED, collection);
        batch.forEach(operation -> operation.addTo(bulk));
        int sent = batch.size();
        batch.clear();
        bulk.execute();
        // What was sent: the number is for the log only.
        return sent;
    }
}
