package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.contact.PhoneMask;
import ua.vidguk.retention.RetentionProperties;

@VidgukIntegrationTest
class CaseRetentionIntegrationTests {

    private static final String ALERT =
            "ЦНАП Тестовий\nТелефон: +380 67 555 12 34 (згода на дзвінок)\nКоментар: пишіть olena@ukr.net, чекала годину";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CaseRetention retention;

    @Autowired
    RetentionProperties properties;

    @Autowired
    Cases cases;

    private final Instant now = Instant.now();

    @Test
    void aCaseResolvedLongAgoLosesThePhoneAddressesAndStaffNamesAndKeepsItsStatus() {
        Instant old = now.minus(properties.caseDetails()).minus(Duration.ofDays(1));
        mongo.insert(resolvedCase("cs-old", old));
        mongo.insert(resolvedCase("cs-new", now.minus(Duration.ofDays(10))));
        mongo.insert(openCase("cs-open", old));

        retention.run(now);

        AlertCase stripped = cases.find("cs-old").orElseThrow();
        assertThat(stripped.alert())
                .doesNotContain("555 12 34", "olena@ukr.net")
                .contains(PhoneMask.HIDDEN, PhoneMask.EMAIL_HIDDEN, "чекала годину", "ЦНАП Тестовий");
        assertThat(stripped.line()).doesNotContain("555 12 34");
        assertThat(stripped.takenBy()).isNull();
        assertThat(stripped.resolvedBy()).isNull();
        assertThat(stripped.status()).isEqualTo(AlertCase.Status.RESOLVED);
        assertThat(stripped.resolution()).isEqualTo("solved");
        assertThat(stripped.resolvedAt()).isNotNull();

        assertThat(cases.find("cs-new").orElseThrow().alert()).isEqualTo(ALERT);
        assertThat(cases.find("cs-new").orElseThrow().resolvedBy()).isEqualTo("Марія");
        assertThat(cases.find("cs-open").orElseThrow().alert())
                .as("an open case keeps what staff need to call back")
                .isEqualTo(ALERT);
    }

    @Test
    void unansweredOutcomeQuestionsAreRemovedAfterTheSameTime() {
        mongo.getCollection(OutcomePrompts.COLLECTION)
                .insertOne(new Document("_id", "cs-chat:1")
                        .append("caseId", "cs-old")
                        .append("userId", 42L)
                        .append(
                                "askedAt",
                                Date.from(now.minus(properties.caseDetails()).minus(Duration.ofDays(1)))));
        mongo.getCollection(OutcomePrompts.COLLECTION)
                .insertOne(new Document("_id", "cs-chat:2")
                        .append("caseId", "cs-new")
                        .append("userId", 42L)
                        .append("askedAt", Date.from(now.minus(Duration.ofDays(1)))));

        retention.run(now);

        assertThat(mongo.getCollection(OutcomePrompts.COLLECTION)
                        .find(new Document("_id", "cs-chat:1"))
                        .first())
                .isNull();
        assertThat(mongo.getCollection(OutcomePrompts.COLLECTION)
                        .find(new Document("_id", "cs-chat:2"))
                        .first())
                .isNotNull();
    }

    private static AlertCase resolvedCase(String id, Instant resolvedAt) {
        return aCase(id, AlertCase.Status.RESOLVED, resolvedAt.minus(Duration.ofDays(2)), "Марія", resolvedAt);
    }

    private static AlertCase openCase(String id, Instant receivedAt) {
        return aCase(id, AlertCase.Status.OPEN, receivedAt, null, null);
    }

    private static AlertCase aCase(
            String id,
            AlertCase.Status status,
            Instant receivedAt,
            @Nullable String staff,
            @Nullable Instant resolvedAt) {
        return new AlertCase(
                id,
                "CS-1",
                "UA-99",
                status,
                ALERT,
                "ЦНАП Тестовий · +380 67 555 12 34 · чекала годину",
                receivedAt,
                receivedAt.plus(Duration.ofHours(1)),
                receivedAt.plus(Duration.ofDays(3)),
                "cnap:CS-1",
                -100L,
                7,
                false,
                receivedAt,
                staff,
                staff == null ? null : receivedAt.plus(Duration.ofMinutes(10)),
                staff,
                resolvedAt,
                resolvedAt == null ? null : "solved",
                false,
                false,
                false,
                List.of(),
                null);
    }
}
