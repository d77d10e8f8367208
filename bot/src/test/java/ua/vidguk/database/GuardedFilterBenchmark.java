package ua.vidguk.database;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the embedded server finds the document of an update: by {@code _id} alone it uses the
 * primary key; with any other field beside {@code _id} it scans the collection, so the cost grows
 * with the collection. This decides how queues and guarded state changes are written. Run: see
 * docs/benchmarks.md.
 */
@Tag("benchmark")
class GuardedFilterBenchmark {

    static final int UPDATES = 2_000;

    @TempDir
    Path work;

    @Test
    void measureUpdateRateByFilterShapeAndCollectionSize() throws Exception {
        measure("warm-up", false);
        measure("measured", true);
    }

    void measure(String pass, boolean print) throws Exception {
        if (print) {
            System.out.println(
                    "documents  findAndModify {_id}/s  findAndModify {_id, state}/s  updateOne {_id, state}/s");
        }
        for (int size : new int[] {5_000, 20_000, 80_000}) {
            Path dir = Files.createDirectories(work.resolve(pass + "-" + size));
            try (var server = EmbeddedMongoServer.start(dir, EmbeddedDatabaseProperties.defaults());
                    var client = MongoClients.create(server.connectionString())) {
                var queue = client.getDatabase("vidguk").getCollection("queue");
                List<Document> documents = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    documents.add(new Document("_id", i).append("state", "DUE"));
                }
                queue.insertMany(documents);
                double byId = rate(i -> queue.findOneAndUpdate(Filters.eq("_id", i), Updates.set("seen", true)));
                double guarded = rate(i -> queue.findOneAndUpdate(guard(i), Updates.set("state", "CLAIMED")));
                double guardedUpdate = rate(i -> queue.updateOne(guard(i + UPDATES), Updates.set("state", "CLAIMED")));
                if (print) {
                    System.out.printf("%9d  %20.0f  %28.0f  %24.0f%n", size, byId, guarded, guardedUpdate);
                }
            }
        }
    }

    static Bson guard(int id) {
        return Filters.and(Filters.eq("_id", id), Filters.eq("state", "DUE"));
    }

    static double rate(IntConsumer update) {
        long start = System.nanoTime();
        for (int i = 0; i < UPDATES; i++) {
            update.accept(i);
        }
        return UPDATES / ((System.nanoTime() - start) / 1e9);
    }
}
