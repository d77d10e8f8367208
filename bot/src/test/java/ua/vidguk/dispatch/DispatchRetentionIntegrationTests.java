package ua.vidguk.dispatch;

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
class DispatchRetentionIntegrationTests {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DispatchRetention retention;

    @Autowired
    RateSlotRetention slots;

    @Autowired
    RetentionProperties properties;

    @Autowired
    InvitationStore invitations;

    private final Instant now = Instant.now();

    @Test
    void anOldInvitationNoLongerWaitingLosesThePhoneAndAdministratorAndKeepsItsStatus() {
        Instant old = now.minus(properties.invitationContacts()).minus(Duration.ofDays(1));
        insert(Invitation.COLLECTION, invitation("dr-camp:old-done", "COMPLETED", old));
        insert(Invitation.COLLECTION, invitation("dr-camp:old-waiting", "PAUSED", old));
        insert(Invitation.COLLECTION, invitation("dr-camp:new-done", "COMPLETED", now.minus(Duration.ofDays(1))));

        retention.run(now);

        assertThat(document(Invitation.COLLECTION, "dr-camp:old-done"))
                .doesNotContainKeys("phone", "administrator")
                .containsEntry("status", "COMPLETED")
                .containsEntry("cnapCode", "DR-1")
                .containsEntry("channel", "SMS");
        assertThat(invitations.find("dr-camp:old-done"))
                .hasValueSatisfying(found -> assertThat(found.phone()).isNull());
        assertThat(document(Invitation.COLLECTION, "dr-camp:old-waiting"))
                .as("a paused invitation may still be sent")
                .containsEntry("phone", "+380672220001")
                .containsEntry("administrator", "Олена К.");
        assertThat(document(Invitation.COLLECTION, "dr-camp:new-done")).containsEntry("phone", "+380672220001");
        assertThat(invitations.count("dr-camp"))
                .as("the campaign's progress counts them all")
                .containsEntry("COMPLETED", 2L)
                .containsEntry("PAUSED", 1L);
    }

    @Test
    void aNumberInvitedLongerAgoThanTheLongestNoRepeatIsForgottenARecentOneKept() {
        insert(
                NoRepeat.COLLECTION,
                new Document("_id", "+380672220002")
                        .append(
                                "invitedAt",
                                Date.from(now.minus(properties.invitedNumbers()).minus(Duration.ofDays(1)))));
        insert(
                NoRepeat.COLLECTION,
                new Document("_id", "+380672220003").append("invitedAt", Date.from(now.minus(Duration.ofDays(200)))));

        retention.run(now);

        assertThat(document(NoRepeat.COLLECTION, "+380672220002")).isNull();
        assertThat(document(NoRepeat.COLLECTION, "+380672220003")).isNotNull();
    }

    @Test
    void sendSlotsAnHourPastAreRemovedLaterOnesStay() {
        long length = 103_000_000L;
        String old = slot(length, now.minus(Duration.ofHours(2)));
        String recent = slot(length, now.minus(Duration.ofMinutes(10)));
        String ahead = slot(length, now.plus(Duration.ofMinutes(1)));
        for (String id : new String[] {old, recent, ahead}) {
            insert(RateSlots.COLLECTION, new Document("_id", id));
        }

        slots.run(now);

        assertThat(document(RateSlots.COLLECTION, old)).isNull();
        assertThat(document(RateSlots.COLLECTION, recent)).isNotNull();
        assertThat(document(RateSlots.COLLECTION, ahead)).isNotNull();
    }

    private static String slot(long length, Instant at) {
        long nanos = at.getEpochSecond() * 1_000_000_000L + at.getNano();
        return "dr-camp:SMS:" + length + ":" + nanos / length;
    }

    private static Document invitation(String id, String status, Instant updatedAt) {
        return new Document("_id", id)
                .append("campaignId", "dr-camp")
                .append("visitId", id.substring(id.indexOf(':') + 1))
                .append("phone", "+380672220001")
                .append("cnapCode", "DR-1")
                .append("visitedAt", Date.from(updatedAt.minus(Duration.ofHours(3))))
                .append("administrator", "Олена К.")
                .append("dueAt", Date.from(updatedAt.minus(Duration.ofHours(1))))
                .append("status", status)
                .append("channel", "SMS")
                .append("sessionId", "session-" + id)
                .append("updatedAt", Date.from(updatedAt));
    }

    private void insert(String collection, Document document) {
        mongo.getCollection(collection).insertOne(document);
    }

    private Document document(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first();
    }
}
