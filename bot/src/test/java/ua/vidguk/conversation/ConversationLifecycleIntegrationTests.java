package ua.vidguk.conversation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import ua.vidguk.MutableClock;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Conversations.StartOutcome;

/** What happens around a conversation over time: expiry, delivery reports, a provider's opt-out. */
@Import({HeardNegativeFeedback.class, ConversationLifecycleIntegrationTests.Setup.class})
@TestPropertySource(properties = {"vidguk.conversation.expire-after=24h", "vidguk.conversation.sweep-every=1h"})
class ConversationLifecycleIntegrationTests extends FakeTwilioApplicationTest {

    @Autowired
    ExpirySweep sweep;

    @Autowired
    ua.vidguk.conversation.Inviter inviter;

    @Autowired
    MutableClock clock;

    @Autowired
    OptOuts optOuts;

    @Autowired
    HeardNegativeFeedback heard;

    @Override
    String centre() {
        return "[{\"code\":\"LIFE-1\",\"name\":\"ЦНАП м. Ніжин\",\"region\":\"UA-74\",\"city\":\"Ніжин\"}]";
    }

    @Test
    void silentSurveyExpiresAfterItsTimeAndAnAlreadyNegativeOneStillAlertsOnce() {
        String visitor = "+380671220001";
        conversations.start(tel(visitor), Channel.SMS, "LIFE-1");
        sms(visitor, "SMlife1", "1");

        clock.advance(Duration.ofHours(23));
        sweep.sweep();
        assertThat(session(visitor)).isNotNull();

        clock.advance(Duration.ofHours(2));
        sweep.sweep();
        sweep.sweep();

        assertThat(session(visitor)).isNull();
        assertThat(response(visitor)).containsEntry("outcome", "EXPIRED").containsEntry("negative", true);
        assertThat(heard.about(visitor))
                .singleElement()
                .satisfies(alert -> assertThat(alert.partial()).isTrue());
        assertThat(FakeTwilio.smsTo(twilio, visitor)).hasSize(2);
        assertThat(conversations.start(tel(visitor), Channel.SMS, "LIFE-1")).isEqualTo(StartOutcome.STARTED);
    }

    @Test
    void aReplyGivesTheConversationItsFullTimeAgainFromThatReply() {
        String visitor = "+380671220005";
        conversations.start(tel(visitor), Channel.SMS, "LIFE-1");
        clock.advance(Duration.ofHours(12));
        sms(visitor, "SMlife5", "5");

        clock.advance(Duration.ofHours(13)); // 25 hours after the invitation, 13 after the reply
        sweep.sweep();
        assertThat(session(visitor)).isNotNull();

        clock.advance(Duration.ofHours(12));
        sweep.sweep();
        assertThat(session(visitor)).isNull();
        assertThat(response(visitor)).containsEntry("outcome", "EXPIRED");
    }

    @Test
    void deliveryReportsKeepTheFurthestStatusWhateverOrderTheyArriveIn() {
        String visitor = "+380671220002";
        conversations.start(tel(visitor), Channel.SMS, "LIFE-1");
        Document invitation = mongo.getCollection("messages")
                .find(new Document("contact", "tel:" + visitor))
                .first();
        String sid = invitation.getString("providerMessageId");

        status(sid, "delivered");
        status(sid, "sent");

        Document after = mongo.getCollection("messages")
                .find(new Document("_id", invitation.getString("_id")))
                .first();
        assertThat(after).containsEntry("status", "DELIVERED");
    }

    @Test
    void numberTwilioReportsAsUnsubscribedIsOptedOutEverywhere() {
        String visitor = "+380671220003";
        twilio.stubFor(post(FakeTwilio.MESSAGES)
                .atPriority(1)
                .withRequestBody(containing("To=%2B380671220003"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":21610,\"message\":\"Attempt to send to unsubscribed recipient\","
                                + "\"status\":400}")));

        conversations.start(tel(visitor), Channel.SMS, "LIFE-1");

        assertThat(optOuts.isOptedOut(tel(visitor))).isTrue();
        assertThat(mongo.getCollection("messages")
                        .find(new Document("contact", "tel:" + visitor))
                        .first())
                .containsEntry("status", "FAILED")
                .containsEntry("errorCode", "21610");
    }

    @Test
    void aRefusedInvitationLeavesNoSurveyOpenSoTheVisitorCanBeInvitedAgain() {
        String visitor = "+380671220004";
        twilio.stubFor(post(FakeTwilio.MESSAGES)
                .atPriority(1)
                .withRequestBody(containing("To=%2B380671220004"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":21614,\"message\":\"'To' number is not a valid mobile number\","
                                + "\"status\":400}")));

        assertThat(conversations.start(tel(visitor), Channel.SMS, "LIFE-1")).isEqualTo(StartOutcome.REFUSED);
        assertThat(mongo.getCollection("sessions").countDocuments(new Document("_id", "tel:" + visitor)))
                .isZero();

        twilio.resetAll(); // the number works again
        FakeTwilio.acceptEverything(twilio);
        assertThat(conversations.start(tel(visitor), Channel.SMS, "LIFE-1")).isEqualTo(StartOutcome.STARTED);
    }

    @Test
    void aVisitorWithoutLinkedMessengersIsInvitedBySmsOnceAtATime() {
        String visitor = "+380671220005";

        assertThat(inviter.invite(PhoneNumber.parseMobile(visitor), "LIFE-1")).isEqualTo(StartOutcome.STARTED);
        assertThat(inviter.invite(PhoneNumber.parseMobile(visitor), "LIFE-1")).isEqualTo(StartOutcome.BUSY);
        assertThat(mongo.getCollection("sessions")
                        .find(new Document("_id", "tel:" + visitor))
                        .first())
                .extracting(session -> ((Document) session.get("session")).getString("channel"))
                .isEqualTo("SMS");

        optOuts.optOut(tel("+380671220006"), "test", Instant.now());
        assertThat(inviter.invite(PhoneNumber.parseMobile("+380671220006"), "LIFE-1"))
                .isEqualTo(StartOutcome.OPTED_OUT);
    }

    void status(String sid, String status) {
        webhooks.postSigned(
                        "/webhooks/twilio/status",
                        Map.of("MessageSid", sid, "AccountSid", FakeTwilio.SID, "MessageStatus", status))
                .expectStatus()
                .isOk();
    }

    Document session(String e164) {
        return mongo.getCollection("sessions")
                .find(new Document("_id", "tel:" + e164))
                .first();
    }

    Document response(String e164) {
        return mongo.getCollection("responses")
                .find(new Document("contact", "tel:" + e164))
                .first();
    }

    @TestConfiguration
    static class Setup {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
        }
    }
}
