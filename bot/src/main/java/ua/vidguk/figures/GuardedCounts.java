package ua.vidguk.figures;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The writes of {@link FigureCounter}'s exactly-once protocol (described there). */
@Component
class GuardedCounts {

    static final String COUNTING = "counting";
    static final int IN_FLIGHT_KEPT = 30;

    private final MongoTemplate mongo;

    GuardedCounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds each document's increments, once (see the class's description). */
    void countOnce(String id, LocalDate day, Map<String, Update> documents) {
        String counted = FigureKeys.counted(day, id);
        // A find by _id, not exists(): that is a count, an aggregation the embedded server runs
        // over the whole collection (a million ends a week at national scale).
        if (mongo.findById(counted, Document.class, FigureKeys.COUNTED) != null) {
            return;
        }
        upsertAll(documents, id);
        try {
            mongo.insert(new Document("_id", counted).append("at", day.toString()), FigureKeys.COUNTED);
        } catch (DuplicateKeyException countedAtTheSameTime) {
            // Another instance heard the same end and finished first: the guards kept us apart.
        }
    }

    /**
     * All at once, each on a virtual thread of its own: every write waits for its commit, and six
     * writes one after another kept a reply waiting for six commits (the reply benchmark lost a
     * third of its throughput); at once, they share one. A document that fails does not keep the
     * others from being counted; the republished end then finds only that one open.
     */
    private void upsertAll(Map<String, Update> documents, String id) {
        List<Future<?>> writes = new ArrayList<>();
        try (ExecutorService each = Executors.newVirtualThreadPerTaskExecutor()) {
            documents.forEach((key, increments) -> writes.add(each.submit(() -> guardedUpsert(key, increments, id))));
        }
        RuntimeException failed = null;
        for (Future<?> write : writes) {
            try {
                write.get();
            } catch (ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException runtime
                        ? runtime
                        : new IllegalStateException(e.getCause());
                failed = failed == null ? cause : failed;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while counting", e);
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * A {@code findAndModify}, not an update: the embedded database finds a document guarded
     * beside its {@code _id} by the {@code _id} only in a findAndModify, and scans the whole
     * collection for an update with the same filter (docs/benchmarks.md).
     */
    private void guardedUpsert(String key, Update increments, String id) {
        try {
            Query guarded = query(where("_id").is(key).and(COUNTING).ne(id));
            guarded.fields().include("_id"); // the answer carries nothing back but the _id
            mongo.findAndModify(
                    guarded,
                    increments.push(COUNTING).slice(-IN_FLIGHT_KEPT).each(id),
                    FindAndModifyOptions.options().upsert(true),
                    Document.class,
                    FigureKeys.COLLECTION);
        } catch (DuplicateKeyException countedBefore) {
            // The document lists the conversation: the upsert's insert met its _id.
        }
    }
}
