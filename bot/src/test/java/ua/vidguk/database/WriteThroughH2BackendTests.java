package ua.vidguk.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteThroughH2BackendTests {

    @TempDir
    Path dataDir;

    /**
     * A copy of the store file taken right after the answer is what a {@code kill -9} would leave
     * behind: the operating system keeps what was written, the process keeps nothing.
     */
    @Test
    void acknowledgedWritesAreInTheStoreFileBeforeTheAnswer() throws IOException {
        Path crashDir = dataDir.resolve("after-crash");
        Files.createDirectories(crashDir);
        try (var embedded = EmbeddedMongoServer.start(dataDir, EmbeddedDatabaseProperties.defaults());
                MongoClient client = MongoClients.create(embedded.connectionString())) {
            var visits = client.getDatabase("vidguk").getCollection("visits");
            visits.insertOne(new Document("_id", "inserted"));
            visits.insertOne(new Document("_id", "updated").append("state", "DUE"));
            visits.updateOne(new Document("_id", "updated"), new Document("$set", new Document("state", "SENT")));

            Files.copy(
                    dataDir.resolve(EmbeddedMongoServer.STORE_FILE), crashDir.resolve(EmbeddedMongoServer.STORE_FILE));
        }

        try (var recovered = EmbeddedMongoServer.start(crashDir, EmbeddedDatabaseProperties.defaults());
                MongoClient client = MongoClients.create(recovered.connectionString())) {
            var visits = client.getDatabase("vidguk").getCollection("visits");
            assertThat(visits.find(new Document("_id", "inserted")).first()).isNotNull();
            assertThat(visits.find(new Document("_id", "updated")).first()).containsEntry("state", "SENT");
        }
    }
}
