package ua.vidguk.figures;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.figures.CountBatch.Entry;
import ua.vidguk.figures.CountBatch.Sum;

/**
 * The writes of {@link FigureCounter}'s exactly-once protocol (described there), for many ends at
 * once: the ends that arrive while a batch is written wait, and the first of them writes them all
 * as the next batch (a group commit). One end alone is written at once; under load, the ends of a
 * busy centre or region share one write per document.
 */
@Component
class GuardedCounts {

    static final String COUNTING = "counting";
    static final int IN_FLIGHT_KEPT = 100;
    static final int BATCH = 50;

    private final MongoTemplate mongo;
    private final ConcurrentLinkedQueue<Entry> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    GuardedCounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds each document's increments, once; returns when they are written, throws if some were not. */
    void countOnce(String id, LocalDate day, Map<String, Update> documents) {
        Entry mine = new Entry(id, day, documents, new CompletableFuture<>());
        waiting.add(mine);
        writing.lock();
        try {
            while (!mine.outcome().isDone()) {
                write(next());
            }
        } finally {
            writing.unlock();
        }
        try {
            mine.outcome().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private List<Entry> next() {
        List<Entry> batch = new ArrayList<>();
        for (Entry entry; batch.size() < BATCH && (entry = waiting.poll()) != null; ) {
            batch.add(entry);
        }
        return batch;
    }

    /** Writes one batch and settles its entries (package-private: tests give it a batch of their own). */
    void write(List<Entry> batch) {
        Map<String, List<Entry>> byId = CountBatch.byId(batch);
        Map<String, RuntimeException> failed = new ConcurrentHashMap<>();
        try {
            List<Entry> open =
                    uncounted(byId.values().stream().map(List::getFirst).toList());
            writeAll(CountBatch.sums(open), failed);
            mark(open.stream().filter(entry -> !failed.containsKey(entry.id())).toList(), failed);
        } catch (RuntimeException e) {
            byId.keySet().forEach(id -> failed.putIfAbsent(id, e));
        }
        byId.forEach((id, same) -> same.forEach(entry -> {
            RuntimeException failure = failed.get(id);
            if (failure == null) {
                entry.outcome().complete(null);
            } else {
                entry.outcome().completeExceptionally(failure);
            }
        }));
    }

    /**
     * The entries {@code figures_counted} does not list, in one find by {@code _id}s: the embedded
     * database answers {@code $in} on {@code _id} from its index (a count would scan it all).
     */
    private List<Entry> uncounted(List<Entry> entries) {
        Query marks = query(where("_id").in(entries.stream().map(Entry::counted).toList()));
        marks.fields().include("_id");
        Set<Object> counted = new HashSet<>();
        mongo.find(marks, Document.class, FigureKeys.COUNTED).forEach(mark -> counted.add(mark.get("_id")));
        return entries.stream()
                .filter(entry -> !counted.contains(entry.counted()))
                .toList();
    }

    /**
     * Each document's sum at once, on a virtual thread of its own: every write waits for its commit
     * and, at once, they share one. A sum refused because its document lists one of the ends
     * already (a repetition), or because it was created meanwhile, is written end by end. A document
     * that fails fails its ends only; they are published again and find only that one open.
     */
    private void writeAll(List<Sum> sums, Map<String, RuntimeException> failed) {
        try (ExecutorService each = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Sum sum : sums) {
                each.submit(() -> {
                    try {
                        guardedUpsert(sum.key(), sum.increments(), sum.ids());
                    } catch (DuplicateKeyException listedOrJustCreated) {
                        sum.contributors().forEach(entry -> writeOne(sum.key(), entry, failed));
                    } catch (RuntimeException e) {
                        sum.contributors().forEach(entry -> failed.putIfAbsent(entry.id(), e));
                    }
                });
            }
        }
    }

    private void writeOne(String key, Entry entry, Map<String, RuntimeException> failed) {
        try {
            guardedUpsert(key, CountBatch.added(List.of(entry.documents().get(key))), List.of(entry.id()));
        } catch (DuplicateKeyException countedBefore) {
            // The document lists the end: the upsert's insert met its _id.
        } catch (RuntimeException e) {
            failed.putIfAbsent(entry.id(), e);
        }
    }

    /**
     * A {@code findAndModify}, not an update: the embedded database finds a document guarded
     * beside its {@code _id} by the {@code _id} only in a findAndModify, and scans the whole
     * collection for an update with the same filter (docs/benchmarks.md).
     */
    private void guardedUpsert(String key, Update increments, List<String> ids) {
        Query guarded = query(where("_id").is(key).and(COUNTING).nin(ids));
        guarded.fields().include("_id"); // the answer carries nothing back but the _id
        mongo.findAndModify(
                guarded,
                increments.push(COUNTING).slice(-IN_FLIGHT_KEPT).each(ids.toArray()),
                FindAndModifyOptions.options().upsert(true),
                Document.class,
                FigureKeys.COLLECTION);
    }

    /** Lists the ends counted everywhere; one listed meanwhile by another instance is as good. */
    private void mark(List<Entry> counted, Map<String, RuntimeException> failed) {
        if (counted.isEmpty()) {
            return;
        }
        List<Document> marks = counted.stream()
                .map(entry -> new Document("_id", entry.counted())
                        .append("at", entry.day().toString()))
                .toList();
        try {
            mongo.getCollection(FigureKeys.COUNTED).insertMany(marks, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            e.getWriteErrors().stream()
                    .filter(error -> error.getCode() != 11000) // duplicate key: listed meanwhile
                    .forEach(error ->
                            failed.putIfAbsent(counted.get(error.getIndex()).id(), e));
        }
    }
}
