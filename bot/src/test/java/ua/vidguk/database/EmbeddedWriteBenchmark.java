package ua.vidguk.database;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What write-through costs: single-document inserts and guarded updates per second through the
 * MongoDB driver against the embedded server, with and without it. Run: see docs/benchmarks.md.
 */
@Tag("benchmark")
class EmbeddedWriteBenchmark {

    static final int DOCUMENTS = Integer.getInteger("documents", 20_000);
    static final int RUNS = Integer.getInteger("runs", 5);

    @TempDir
    Path work;

    @Test
    void measureWriteRates() throws Exception {
        System.out.println("mode            threads  inserts/s (median, min-max)   updates/s (median, min-max)");
        for (boolean writeThrough : new boolean[] {false, true}) {
            for (int threads : new int[] {1, 8}) {
                double[] inserts = new double[RUNS];
                double[] updates = new double[RUNS];
                for (int run = 0; run < RUNS; run++) {
                    Path dir = Files.createDirectories(work.resolve(writeThrough + "-" + threads + "-" + run));
                    try (var server = EmbeddedMongoServer.start(
                                    dir,
                                    new EmbeddedDatabaseProperties(writeThrough, java.time.Duration.ofMillis(1), 64));
                            MongoClient client = MongoClients.create(server.connectionString())) {
                        var collection = client.getDatabase("vidguk").getCollection("bench");
                        inserts[run] = rate(
                                threads,
                                i -> collection.insertOne(new Document("_id", i)
                                        .append("state", "DUE")
                                        .append("phone", "+38067" + i)));
                        updates[run] = rate(threads, i -> guardedUpdate(collection, i));
                    }
                }
                System.out.printf(
                        "%-15s %7d  %s   %s%n",
                        writeThrough ? "write-through" : "background 1 s", threads, summary(inserts), summary(updates));
            }
        }
    }

    static void guardedUpdate(MongoCollection<Document> collection, int id) {
        collection.findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.eq("state", "DUE")), Updates.set("state", "CLAIMED"));
    }

    static double rate(int threads, IntConsumer write) throws Exception {
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < DOCUMENTS; i += threads) {
                        write.accept(i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        return DOCUMENTS / ((System.nanoTime() - start) / 1e9);
    }

    static String summary(double[] rates) {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        return String.format(
                "%7.0f (%6.0f-%6.0f)      ", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }
}
