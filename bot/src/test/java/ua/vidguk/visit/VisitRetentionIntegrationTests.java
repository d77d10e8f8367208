package ua.vidguk.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.retention.RetentionProperties;

@VidgukIntegrationTest
class VisitRetentionIntegrationTests {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    VisitRetention retention;

    @Autowired
    RetentionProperties properties;

    @Test
    void aVisitIsRemovedOnceItsTimeIsOverARecentOneStays() {
        Instant now = Instant.now();
        insert("vr-old", now.minus(properties.visits()).minus(Duration.ofDays(1)));
        insert("vr-new", now.minus(Duration.ofDays(31)));

        retention.run(now);

        assertThat(document("vr-old")).isNull();
        assertThat(document("vr-new")).isNotNull().containsEntry("phone", "+380673330001");
    }

    private void insert(String id, Instant visitedAt) {
        mongo.getCollection(ReportedVisit.COLLECTION)
                .insertOne(new Document("_id", id)
                        .append("cnapCode", "VR-1")
                        .append("phone", "+380673330001")
                        .append("visitedAt", Date.from(visitedAt))
                        .append("administrator", "Петро С.")
                        .append("reportedAt", Date.from(visitedAt))
                        .append("scheduled", true));
    }

    private Document document(String id) {
        return mongo.getCollection(ReportedVisit.COLLECTION)
                .find(new Document("_id", id))
                .first();
    }
}
