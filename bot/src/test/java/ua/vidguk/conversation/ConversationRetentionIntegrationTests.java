package ua.vidguk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.retention.RetentionProperties;

@VidgukIntegrationTest
class ConversationRetentionIntegrationTests {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ConversationRetention retention;

    @Autowired
    ContactLinkRetention links;

    @Autowired
    RetentionProperties properties;

    @Autowired
    ResponseStore responses;

    @Autowired
    SessionStore sessions;

    private final Instant now = Instant.now();

    @Test
    void anOldResponseLosesItsContactAndKeepsItsAnswersARecentOneKeepsBoth() {
        Instant old = now.minus(properties.conversationContacts()).minus(Duration.ofDays(1));
        insert(ResponseStore.COLLECTION, response("cr-old", old));
        insert(ResponseStore.COLLECTION, response("cr-new", now.minus(Duration.ofDays(1))));

        retention.run(now);

        var stripped = responses.find("cr-old");
        assertThat(stripped).isNotNull();
        assertThat(stripped.contact()).isNull();
        assertThat(stripped.answers()).containsEntry("overall", "2").containsEntry("comment", "Довго чекала");
        assertThat(stripped.negative()).isTrue();
        assertThat(responses.find("cr-new").contact()).isEqualTo("tel:+380671110001");
    }

    @Test
    void moreOldResponsesThanOneBatchAllLoseTheirContact() {
        Instant old = now.minus(properties.conversationContacts()).minus(Duration.ofDays(2));
        int many = 1_100;
        mongo.getCollection(ResponseStore.COLLECTION)
                .insertMany(IntStream.range(0, many)
                        .mapToObj(i -> response("cr-many-" + i, old))
                        .toList());

        retention.run(now);

        var range = new Document("_id", new Document("$gte", "cr-many-").append("$lt", "cr-many."));
        assertThat(mongo.getCollection(ResponseStore.COLLECTION).countDocuments(range))
                .isEqualTo(many);
        assertThat(mongo.getCollection(ResponseStore.COLLECTION)
                        .countDocuments(new Document(
                                "$and", List.of(range, new Document("contact", new Document("$exists", true))))))
                .isZero();
    }

    @Test
    void anOldVisitTokenLosesItsContactAndItsLinkStillSaysTheSurveyEnded() {
        Instant old = now.minus(properties.conversationContacts()).minus(Duration.ofDays(1));
        insert(VisitTokens.COLLECTION, token("ct-old", old));
        insert(VisitTokens.COLLECTION, token("ct-new", now.minus(Duration.ofHours(1))));

        retention.run(now);

        assertThat(document(VisitTokens.COLLECTION, "ct-old"))
                .doesNotContainKey("contact")
                .containsEntry("cnapName", "ЦНАП Збережений")
                .containsEntry("reference", "campaign:visit");
        assertThat(sessions.visit("ct-old"))
                .hasValueSatisfying(visit -> assertThat(visit.open()).isFalse());
        assertThat(sessions.reference("ct-old")).hasValue("campaign:visit");
        assertThat(document(VisitTokens.COLLECTION, "ct-new")).containsEntry("contact", "tel:+380671110002");
    }

    @Test
    void messagesOutAreRemovedAfterTheirTimeAndRecentOnesStay() {
        Instant old = now.minus(properties.messages()).minus(Duration.ofDays(1));
        insert(MessageLog.COLLECTION, message("SMS:cm-old", old));
        insert(MessageLog.COLLECTION, message("SMS:cm-new", now.minus(Duration.ofDays(2))));

        retention.run(now);

        assertThat(document(MessageLog.COLLECTION, "SMS:cm-old")).isNull();
        assertThat(document(MessageLog.COLLECTION, "SMS:cm-new")).isNotNull();
    }

    @Test
    void aDaysNoSurveyNoticesAreRemovedOnceTheDayAfterIsOver() {
        LocalDate today = LocalDate.ofInstant(now, DailyNotice.KYIV);
        for (int daysAgo = 0; daysAgo <= 2; daysAgo++) {
            String day = today.minusDays(daysAgo).toString();
            insert(
                    DailyNotice.COLLECTION,
                    new Document("_id", "tel:+380671110003@" + day)
                            .append("day", day)
                            .append("sentAt", Date.from(now)));
        }

        retention.run(now);

        assertThat(document(DailyNotice.COLLECTION, "tel:+380671110003@" + today.minusDays(2)))
                .isNull();
        assertThat(document(DailyNotice.COLLECTION, "tel:+380671110003@" + today.minusDays(1)))
                .isNotNull();
        assertThat(document(DailyNotice.COLLECTION, "tel:+380671110003@" + today))
                .isNotNull();
    }

    @Test
    void linksNotMadeAgainForTheirTimeAreForgottenRecentOnesStay() {
        Date old = Date.from(now.minus(properties.contactLinks()).minus(Duration.ofDays(1)));
        Date recent = Date.from(now.minus(Duration.ofDays(3)));
        insert(
                "contact_links",
                new Document("_id", "tel:+380671110004")
                        .append("viber", "cl-viber-old")
                        .append("viberLinkedAt", old)
                        .append("telegram", "9004")
                        .append("telegramLinkedAt", recent));
        insert(
                "contact_links",
                new Document("_id", "tel:+380671110005")
                        .append("viber", "cl-viber-5")
                        .append("viberLinkedAt", old));
        insert(
                "messenger_phones",
                new Document("_id", "viber:cl-viber-5")
                        .append("phone", "tel:+380671110005")
                        .append("linkedAt", old));
        insert(
                "messenger_phones",
                new Document("_id", "telegram:9004")
                        .append("phone", "tel:+380671110004")
                        .append("linkedAt", recent));

        links.run(now);

        assertThat(document("contact_links", "tel:+380671110004"))
                .doesNotContainKeys("viber", "viberLinkedAt")
                .containsEntry("telegram", "9004");
        assertThat(document("contact_links", "tel:+380671110005")).isNull();
        assertThat(document("messenger_phones", "viber:cl-viber-5")).isNull();
        assertThat(document("messenger_phones", "telegram:9004")).isNotNull();
    }

    private static Document response(String id, Instant endedAt) {
        return new Document("_id", id)
                .append("surveyId", "default")
                .append("cnapCode", "CR-1")
                .append("region", "UA-99")
                .append("channel", "SMS")
                .append("contact", id.equals("cr-old") ? "tel:+380671110000" : "tel:+380671110001")
                .append("locale", "uk")
                .append("outcome", "COMPLETED")
                .append("answers", new Document(Map.of("overall", "2", "comment", "Довго чекала")))
                .append("negative", true)
                .append("startedAt", Date.from(endedAt.minus(Duration.ofMinutes(5))))
                .append("endedAt", Date.from(endedAt));
    }

    private static Document token(String id, Instant createdAt) {
        return new Document("_id", id)
                .append("contact", id.equals("ct-old") ? "tel:+380671110009" : "tel:+380671110002")
                .append("cnapName", "ЦНАП Збережений")
                .append("createdAt", Date.from(createdAt))
                .append("reference", "campaign:visit");
    }

    private static Document message(String id, Instant at) {
        return new Document("_id", id)
                .append("messageId", id)
                .append("channel", "SMS")
                .append("contact", "tel:+380671110006")
                .append("text", "Оцініть візит")
                .append("status", "DELIVERED")
                .append("at", Date.from(at))
                .append("statusAt", Date.from(at));
    }

    private void insert(String collection, Document document) {
        mongo.getCollection(collection).insertOne(document);
    }

    private Document document(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first();
    }
}
