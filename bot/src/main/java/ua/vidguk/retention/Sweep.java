package ua.vidguk.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Changes the old documents of a collection whose {@code _id} does not start with the time: the
 * collection is read a page of {@value #BATCH} at a time in {@code _id} order (each page a query
 * from the last {@code _id} read, with only the fields the job looks at), the job says which
 * documents are old, and each page's changes go as one unordered bulk of operations by {@code _id}
 * (one round trip and, on the embedded database, one commit). Meant for a nightly job.
 *
 * <p>Not one query on the time field: the embedded database answers that by scanning the whole
 * collection and holding every match in memory until the cursor is read to its end (a million
 * responses' contacts to strip did not fit beside the application in 256 MB, and the failed run
 * was tried again at every look). Paged, a run holds one page, on either database. Every
 * collection swept has string ids.
 */
public final class Sweep {

    static final int BATCH = 500;

    private Sweep() {}

    /** Whether a document's date {@code field} is before {@code at} (one without it is not). */
    public static Predicate<Document> before(String field, Instant at) {
        return document ->
                document.get(field) instanceof Date date && date.toInstant().isBefore(at);
    }

    /**
     * Applies {@code change} to every document {@code old} says is old.
     *
     * @param fields what {@code old} and {@code change} look at (besides the {@code _id})
     * @param change the update of one document by its {@code _id}, or null to leave it
     * @return how many documents it found to change
     */
    public static long update(
            MongoTemplate mongo,
            String collection,
            List<String> fields,
            Predicate<Document> old,
            Function<Document, @Nullable Update> change) {
        return each(mongo, collection, fields, old, (batch, found) -> {
            Update update = change.apply(found);
            if (update != null) {
                batch.add(bulk -> bulk.updateOne(query(where("_id").is(found.get("_id"))), update));
            }
        });
    }

    /** Sets or unsets the same fields in every document {@code old} says is old. */
    public static long update(
            MongoTemplate mongo, String collection, List<String> fields, Predicate<Document> old, Update change) {
        return update(mongo, collection, fields, old, document -> change);
    }

    /**
     * Removes every document whose date {@code field} is before {@code before}, by {@code _id}: only
     * for documents that no write makes young again (a removal does not look again).
     *
     * @return how many it found to remove
     */
    public static long remove(MongoTemplate mongo, String collection, String field, Instant before) {
        return remove(mongo, collection, List.of(field), before(field, before));
    }

    /** Removes every document {@code old} says is old, by {@code _id}. */
    public static long remove(MongoTemplate mongo, String collection, List<String> fields, Predicate<Document> old) {
        return each(
                mongo,
                collection,
                fields,
                old,
                (batch, found) ->
                        batch.add(bulk -> bulk.remove(query(where("_id").is(found.get("_id"))))));
    }

    /** Removes every document whose {@code _id} (a string) says it is old. */
    public static long removeIds(MongoTemplate mongo, String collection, Predicate<String> old) {
        return remove(mongo, collection, List.of(), found -> found.get("_id") instanceof String id && old.test(id));
    }

    /**
     * Removes every document whose date {@code field} is before {@code before} if it still is: one
     * {@code findAndRemove} on its {@code _id} and the same condition each, for documents a write
     * may make young again meanwhile.
     */
    public static long removeGuarded(MongoTemplate mongo, String collection, String field, Instant before) {
        long[] removed = {0};
        each(mongo, collection, List.of(field), before(field, before), (batch, found) -> {
            var guard = query(where("_id").is(found.get("_id")).and(field).lt(Date.from(before)));
            if (mongo.findAndRemove(guard, Document.class, collection) != null) {
                removed[0]++;
            }
        });
        return removed[0];
    }

    /** One document's change, added to a batch's bulk of operations. */
    private interface Operation {
        void addTo(BulkOperations bulk);
    }

    /** What, if anything, is done to a document found. */
    private interface Collector {
        void collect(List<Operation> batch, Document found);
    }

    private static long each(
            MongoTemplate mongo, String collection, List<String> fields, Predicate<Document> old, Collector collector) {
        long changed = 0;
        List<Operation> batch = new ArrayList<>(BATCH);
        String after = null;
        List<Document> page;
        do {
            // A range on _id alone, in _id order, with a limit: the embedded database walks its
            // index and reads only the page (see docs/architecture.md).
            var bounds = after == null ? new Document("$gte", "") : new Document("$gt", after);
            page = mongo.getCollection(collection)
                    .find(new Document("_id", bounds))
                    .projection(Projections.include(withId(fields)))
                    .sort(Sorts.ascending("_id"))
                    .limit(BATCH)
                    .batchSize(BATCH)
                    .into(new ArrayList<>(BATCH));
            for (Document found : page) {
                if (old.test(found)) {
                    collector.collect(batch, found);
                }
            }
            changed += flush(mongo, collection, batch);
            after = page.isEmpty() ? null : page.getLast().getString("_id");
        } while (page.size() == BATCH);
        return changed;
    }

    private static List<String> withId(List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.add("_id");
        return all;
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
