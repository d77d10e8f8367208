package ua.vidguk.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guarded update is atomic on the embedded server as on MongoDB: of many claimants of one
 * document at once, exactly one finds the guard open. Dispatch's claims and the figures'
 * exactly-once counts rely on it (mongo-java-server synchronizes each collection's operations;
 * this pins it for whoever replaces {@link CopyingH2Collection}'s base).
 */
class ConcurrentClaimTests {

    static final int CLAIMANTS = 8;
    static final int DOCUMENTS = 100;

    @TempDir
    Path dataDir;

    @Test
    void ofManyClaimantsOfOneDocumentAtOnceExactlyOneWins() throws Exception {
        var pool = Executors.newFixedThreadPool(CLAIMANTS);
        try (var embedded = EmbeddedMongoServer.start(dataDir, EmbeddedDatabaseProperties.defaults());
                MongoClient client = MongoClients.create(embedded.connectionString())) {
            var queue = client.getDatabase("vidguk").getCollection("queue");
            for (int i = 0; i < DOCUMENTS; i++) {
                queue.insertOne(new Document("_id", "entry-" + i).append("claims", 0));
            }
            var start = new CountDownLatch(1);
            List<Future<Long>> won = new ArrayList<>();
            for (int claimant = 0; claimant < CLAIMANTS; claimant++) {
                String name = "claimant-" + claimant;
                won.add(pool.submit(() -> {
                    start.await();
                    long wins = 0;
                    for (int i = 0; i < DOCUMENTS; i++) {
                        wins += queue.updateOne(
                                        new Document("_id", "entry-" + i)
                                                .append("owner", new Document("$exists", false)),
                                        new Document("$set", new Document("owner", name))
                                                .append("$inc", new Document("claims", 1)))
                                .getModifiedCount();
                    }
                    return wins;
                }));
            }
            start.countDown();
            long wins = 0;
            for (Future<Long> each : won) {
                wins += each.get(60, TimeUnit.SECONDS);
            }

            assertThat(wins).isEqualTo(DOCUMENTS);
            assertThat(queue.countDocuments(new Document("claims", new Document("$ne", 1))))
                    .isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
