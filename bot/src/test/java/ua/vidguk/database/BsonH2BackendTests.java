package ua.vidguk.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BsonH2BackendTests {

    @TempDir
    Path dataDir;

    /** Stores written before documents were kept as BSON hold Java-serialized documents. */
    @Test
    void storesWrittenInTheLibrarysOwnFormatStillOpenWithTheirIndexesRebuilt() {
        var legacy =
                new H2Backend(dataDir.resolve(EmbeddedMongoServer.STORE_FILE).toString());
        var legacyServer = new MongoServer(legacy);
        try (MongoClient client = MongoClients.create(legacyServer.bindAndGetConnectionString())) {
            var sessions = client.getDatabase("vidguk").getCollection("sessions");
            sessions.insertOne(new Document("_id", "tel:+380671234512").append("version", 3));
            sessions.insertOne(new Document("_id", "tel:+380501234567").append("version", 1));
        } finally {
            legacyServer.shutdownNow();
        }

        try (var embedded = EmbeddedMongoServer.start(dataDir, EmbeddedDatabaseProperties.defaults());
                MongoClient client = MongoClients.create(embedded.connectionString())) {
            var sessions = client.getDatabase("vidguk").getCollection("sessions");
            sessions.updateOne(
                    new Document("_id", "tel:+380671234512"), new Document("$set", new Document("version", 4)));
            sessions.insertOne(new Document("_id", "tel:+380931234567").append("version", 1));
        }

        try (var reopened = EmbeddedMongoServer.start(dataDir, EmbeddedDatabaseProperties.defaults());
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            var sessions = client.getDatabase("vidguk").getCollection("sessions");
            assertThat(sessions.find(new Document("_id", "tel:+380671234512")).first())
                    .containsEntry("version", 4);
            assertThat(sessions.find(new Document("_id", "tel:+380501234567")).first())
                    .containsEntry("version", 1);
            assertThat(sessions.countDocuments()).isEqualTo(3);
            assertThatThrownBy(() -> sessions.insertOne(new Document("_id", "tel:+380501234567")))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
        }
    }

    @Test
    void documentsKeepTheirTypesAcrossARestart() {
        var stored = new Document("_id", "types")
                .append("text", "Дякуємо! 👍")
                .append("count", 3)
                .append("big", 1L << 40)
                .append("ratio", 0.5)
                .append("flag", true)
                .append("nothing", null)
                .append("at", new java.util.Date(1_764_000_000_000L))
                .append("answers", java.util.List.of(new Document("q", "score").append("a", 5), "free text"))
                .append("bytes", new org.bson.types.Binary(new byte[] {1, 2, 3}))
                .append("oid", new org.bson.types.ObjectId("65a1b2c3d4e5f6a7b8c9d0e1"))
                .append("price", org.bson.types.Decimal128.parse("12.50"));
        try (var embedded = EmbeddedMongoServer.start(dataDir, EmbeddedDatabaseProperties.defaults());
                MongoClient client = MongoClients.create(embedded.connectionString())) {
            client.getDatabase("vidguk").getCollection("things").insertOne(stored);
        }

        try (var reopened = EmbeddedMongoServer.start(dataDir, EmbeddedDatabaseProperties.defaults());
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            var read =
                    client.getDatabase("vidguk").getCollection("things").find().first();
            assertThat(read).isEqualTo(stored);
        }
    }

    /**
     * A commit may be writing the page that holds a document while another writer updates it, so
     * an update must put a new document and leave the stored instance alone (the library changes
     * documents in place; see CopyingH2Collection).
     */
    @Test
    void anUpdateNeverChangesTheDocumentInstanceACommitMayBeWriting() {
        MVStore store = new MVStore.Builder().open();
        var server = new MongoServer(new BsonH2Backend(store));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            var sessions = client.getDatabase("vidguk").getCollection("sessions");
            sessions.insertOne(new Document("_id", "tel:+380671234512").append("version", 1));
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> stored = store.openMap("databases.vidguk.sessions");
            var beingWritten = stored.get("tel:+380671234512");
            var asItWas = beingWritten.cloneDeeply();

            sessions.findOneAndUpdate(
                    new Document("_id", "tel:+380671234512").append("version", 1),
                    new Document("$set", new Document("version", 2).append("lastMessage", "SM1")));
            var afterTheFirst = stored.get("tel:+380671234512");
            var asItWasThen = afterTheFirst.cloneDeeply();
            sessions.updateOne(
                    new Document("_id", "tel:+380671234512"),
                    new Document("$set", new Document("seen", new Document("at", 1))));
            sessions.updateMany(new Document("version", 2), new Document("$set", new Document("reminded", true)));
            sessions.find(new Document("_id", "tel:+380671234512")).first(); // reads hand out what is stored

            assertThat(beingWritten).isEqualTo(asItWas);
            assertThat(afterTheFirst).isEqualTo(asItWasThen);
            assertThat(stored.get("tel:+380671234512"))
                    .containsEntry("version", 2)
                    .containsEntry("lastMessage", "SM1")
                    .containsEntry("reminded", true);
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void uniqueIndexesHoldAcrossARestartForEveryKindOfValue() {
        try (var embedded = EmbeddedMongoServer.start(dataDir, EmbeddedDatabaseProperties.defaults());
                MongoClient client = MongoClients.create(embedded.connectionString())) {
            var links = client.getDatabase("vidguk").getCollection("links");
            links.createIndex(new Document("chat", 1).append("code", 1), new IndexOptions().unique(true));
            links.insertOne(new Document("_id", 1).append("chat", -100123L).append("code", "KYIV-01"));
            links.insertOne(new Document("_id", "two").append("chat", -100123L).append("code", "LVIV-02"));
            links.insertOne(new Document("_id", 3.5).append("chat", 42).append("code", "KYIV-01"));
            links.insertOne(new Document("_id", new org.bson.types.ObjectId()).append("code", "no chat"));
        }

        try (var reopened = EmbeddedMongoServer.start(dataDir, EmbeddedDatabaseProperties.defaults());
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            var links = client.getDatabase("vidguk").getCollection("links");
            assertThat(links.find(new Document("_id", 1)).first()).containsEntry("code", "KYIV-01");
            assertThat(links.find(new Document("_id", 3.5)).first()).containsEntry("chat", 42);
            assertThatThrownBy(() -> links.insertOne(
                            new Document("_id", 5).append("chat", -100123L).append("code", "LVIV-02")))
                    .hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> links.insertOne(new Document("_id", "two")))
                    .hasMessageContaining("duplicate key");
            links.insertOne(new Document("_id", 6).append("chat", -100123L).append("code", "ODESA-03"));
            assertThat(links.countDocuments()).isEqualTo(5);
        }
    }

    @Test
    void aCollectionDroppedAndCreatedAgainStartsWithEmptyIndexes() {
        try (var embedded = EmbeddedMongoServer.start(dataDir, EmbeddedDatabaseProperties.defaults());
                MongoClient client = MongoClients.create(embedded.connectionString())) {
            var visits = client.getDatabase("vidguk").getCollection("visits");
            visits.createIndex(new Document("externalId", 1), new IndexOptions().unique(true));
            visits.insertOne(new Document("_id", "v1").append("externalId", "E-1"));
            visits.drop();

            visits.createIndex(new Document("externalId", 1), new IndexOptions().unique(true));
            visits.insertOne(new Document("_id", "v1").append("externalId", "E-1"));
            assertThat(visits.countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void rangesOnIdAreAnsweredInOrderWithMongoDbsRules() {
        try (var embedded = EmbeddedMongoServer.start(dataDir, EmbeddedDatabaseProperties.defaults());
                MongoClient client = MongoClients.create(embedded.connectionString())) {
            var queue = client.getDatabase("vidguk").getCollection("queue");
            for (int minute = 0; minute < 100; minute++) {
                queue.insertOne(new Document("_id", String.format("2026-11-24T10:%02d|visit-%d", minute % 60, minute))
                        .append("state", minute % 10 == 0 ? "CLAIMED" : "DUE"));
            }
            queue.insertOne(new Document("_id", 42).append("state", "DUE"));

            var due = queue.find(new Document("_id", new Document("$lt", "2026-11-24T10:05")))
                    .map(document -> document.get("_id"))
                    .into(new java.util.ArrayList<>());
            var window = queue.find(new Document(
                            "_id",
                            new Document("$gt", "2026-11-24T10:00|visit-0")
                                    .append("$lte", "2026-11-24T10:01|visit-61")))
                    .map(document -> document.get("_id"))
                    .into(new java.util.ArrayList<>());

            assertThat(due).hasSize(10).allMatch(id -> id instanceof String).isSorted();
            assertThat(window)
                    .containsExactly(
                            "2026-11-24T10:00|visit-60", "2026-11-24T10:01|visit-1", "2026-11-24T10:01|visit-61");
            assertThat(queue.countDocuments(new Document("_id", new Document("$gte", 0))))
                    .isEqualTo(1);
        }
    }

    @Test
    void aGuardedUpdateChangesTheDocumentOnlyWhenItsGuardHolds() {
        try (var embedded = EmbeddedMongoServer.start(dataDir, EmbeddedDatabaseProperties.defaults());
                MongoClient client = MongoClients.create(embedded.connectionString())) {
            var sessions = client.getDatabase("vidguk").getCollection("sessions");
            sessions.insertOne(new Document("_id", "tel:+380671234512").append("version", 1));

            var stale = sessions.findOneAndUpdate(
                    new Document("_id", "tel:+380671234512").append("version", 0),
                    new Document("$set", new Document("version", 5)));
            var current = sessions.findOneAndUpdate(
                    new Document("_id", "tel:+380671234512").append("version", 1),
                    new Document("$set", new Document("version", 2)));
            sessions.updateOne(
                    new Document("_id", "tel:+380671234512").append("version", 1),
                    new Document("$set", new Document("version", 9)));

            assertThat(stale).isNull();
            assertThat(current).isNotNull();
            assertThat(sessions.find().first()).containsEntry("version", 2);
        }
    }
}
