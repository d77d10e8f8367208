package ua.vidguk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.retention.RetentionProperties;

@VidgukIntegrationTest
class InboundRetentionIntegrationTests {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    InboundRetention retention;

    @Autowired
    RetentionProperties properties;

    @Test
    void messagesInAreRemovedOnceNoProviderRedeliversThemRecentOnesStay() {
        Instant now = Instant.now();
        insert("twilio:SM-ir-old", now.minus(properties.inboundMessages()).minus(Duration.ofHours(1)));
        insert("twilio:SM-ir-new", now.minus(Duration.ofDays(1)));

        retention.run(now);

        assertThat(document("twilio:SM-ir-old")).isNull();
        assertThat(document("twilio:SM-ir-new")).isNotNull();
    }

    @Test
    void moreOldMessagesThanOneBatchAreAllRemoved() {
        Instant old = Instant.now().minus(properties.inboundMessages()).minus(Duration.ofDays(1));
        int many = 1_234;
        mongo.getCollection(Inbox.COLLECTION)
                .insertMany(IntStream.range(0, many)
                        .mapToObj(i -> message("telegram:ir-many-" + i, old))
                        .toList());

        retention.run(Instant.now());

        assertThat(mongo.getCollection(Inbox.COLLECTION)
                        .countDocuments(new Document(
                                "_id", new Document("$gte", "telegram:ir-many-").append("$lt", "telegram:ir-many."))))
                .isZero();
    }

    private void insert(String id, Instant at) {
        mongo.getCollection(Inbox.COLLECTION).insertOne(message(id, at));
    }

    private static Document message(String id, Instant at) {
        return new Document("_id", id)
                .append("channel", "SMS")
                .append("from", "tel:+380674440001")
                .append("text", "1")
                .append("receivedAt", Date.from(at));
    }

    private Document document(String id) {
        return mongo.getCollection(Inbox.COLLECTION)
                .find(new Document("_id", id))
                .first();
    }
}
