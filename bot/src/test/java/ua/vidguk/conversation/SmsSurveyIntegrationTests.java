package ua.vidguk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.sms.TwilioWebhooks;
import ua.vidguk.conversation.Conversations.StartOutcome;

/** A whole survey over SMS: a fake Twilio receives what Vidguk sends, the test replies as Twilio would. */
@Import({HeardNegativeFeedback.class, FailingListener.class})
class SmsSurveyIntegrationTests extends FakeTwilioApplicationTest {

    static final AtomicInteger SIDS = new AtomicInteger();

    @Autowired
    HeardNegativeFeedback heard;

    @Autowired
    FailingListener failing;

    @Override
    String centre() {
        return "[{\"code\":\"SMS-1\",\"name\":\"ЦНАП м. Біла Церква\",\"region\":\"UA-32\",\"city\":\"Біла Церква\"}]";
    }

    @Test
    void lowScoreSurveyEndsWithAStoredNegativeResponseAndExactlyOneAlertEvenWhenRepliesAreRedelivered() {
        String visitor = "+380671110001";
        assertThat(conversations.start(tel(visitor), Channel.SMS, "SMS-1")).isEqualTo(StartOutcome.STARTED);
        assertThat(FakeTwilio.smsTo(twilio, visitor))
                .singleElement()
                .asString()
                .contains("Оцініть", "1 до 5", TwilioWebhooks.PUBLIC_BASE_URL + "/v/");

        String firstSid = reply(visitor, "1"); // overall
        reply(visitor, "2"); // service not received
        reply(visitor, "1"); // waiting
        reply(visitor, "2"); // friendliness
        reply(visitor, "3"); // competence
        reply(visitor, "3"); // premises
        reply(visitor, "1"); // what went wrong: a long wait
        reply(visitor, "Чекала дві години, ніхто нічого не пояснив."); // comment
        String lastSid = reply(visitor, "1"); // yes, call me back

        List<String> sent = FakeTwilio.smsTo(twilio, visitor);
        assertThat(sent).hasSize(10);
        assertThat(sent.getLast()).contains("Дякуємо");
        Document response = mongo.getCollection("responses")
                .find(new Document("contact", "tel:" + visitor))
                .first();
        assertThat(response).isNotNull().containsEntry("negative", true).containsEntry("region", "UA-32");
        assertThat(response.get("answers", Document.class))
                .containsEntry("overall", "1")
                .containsEntry("received", "no")
                .containsEntry("problem", "waiting")
                .containsEntry("callback", "yes");
        assertThat(heard.about(visitor)).singleElement().satisfies(alert -> {
            assertThat(alert.callbackConsent()).isTrue();
            assertThat(alert.partial()).isFalse();
            assertThat(alert.comment()).startsWith("Чекала дві години");
        });

        assertThat(mongo.getCollection("inbound_messages")
                        .find(new Document("_id", "twilio:" + firstSid))
                        .first())
                .containsEntry("from", "tel:" + visitor)
                .containsEntry("text", "1");

        redeliver(visitor, firstSid, "1");
        redeliver(visitor, lastSid, "1");

        assertThat(FakeTwilio.smsTo(twilio, visitor)).hasSize(10);
        assertThat(heard.about(visitor)).hasSize(1);
        assertThat(mongo.getCollection("responses").countDocuments(new Document("contact", "tel:" + visitor)))
                .isEqualTo(1);
    }

    @Test
    void aFailureAfterTheAnswerIsStoredNeitherLosesItNorLetsARedeliveryAnswerTheNextQuestion() {
        String visitor = "+380671110007";
        conversations.start(tel(visitor), Channel.SMS, "SMS-1");
        failing.failOnNextAnswerOf(visitor);

        String sid = reply(visitor, "2"); // overall: stored, then a listener fails
        reply(visitor, "1"); // received: yes
        redeliver(visitor, sid, "2"); // must not become the answer about waiting

        var answers = mongo.getCollection("sessions")
                .find(new Document("_id", "tel:" + visitor))
                .first()
                .get("session", Document.class)
                .get("answers", Document.class);
        assertThat(answers)
                .containsEntry("overall", "2")
                .containsEntry("received", "yes")
                .hasSize(2);
        assertThat(FakeTwilio.smsTo(twilio, visitor)).hasSize(3);
    }

    @Test
    void someoneWhoOptedOutGetsNoFurtherMessagesWhateverTheyWrite() {
        String visitor = "+380671110008";
        reply(visitor, "СТОП");

        reply(visitor, "Привіт");
        reply(visitor, "5");

        assertThat(FakeTwilio.smsTo(twilio, visitor)).hasSize(1);
    }

    @Test
    void highScoresCompleteWithoutAnAlert() {
        String visitor = "+380671110002";
        conversations.start(tel(visitor), Channel.SMS, "SMS-1");

        for (String answer : List.of("5", "1", "5", "5", "5", "4", "0")) {
            reply(visitor, answer);
        }

        assertThat(FakeTwilio.smsTo(twilio, visitor).getLast()).contains("Дякуємо");
        assertThat(mongo.getCollection("responses")
                        .find(new Document("contact", "tel:" + visitor))
                        .first())
                .containsEntry("negative", false);
        assertThat(heard.about(visitor)).isEmpty();
    }

    @Test
    void stopEndsTheSurveyAndNoFurtherSurveyStartsUntilStart() {
        String visitor = "+380671110003";
        conversations.start(tel(visitor), Channel.SMS, "SMS-1");

        reply(visitor, "стоп!");

        assertThat(FakeTwilio.smsTo(twilio, visitor)).hasSize(2);
        assertThat(conversations.start(tel(visitor), Channel.SMS, "SMS-1")).isEqualTo(StartOutcome.OPTED_OUT);
        reply(visitor, "СТАРТ");
        assertThat(conversations.start(tel(visitor), Channel.SMS, "SMS-1")).isEqualTo(StartOutcome.STARTED);
    }

    @Test
    void aSecondInvitationToSomeoneMidSurveyWaits() {
        String visitor = "+380671110004";
        conversations.start(tel(visitor), Channel.SMS, "SMS-1");

        assertThat(conversations.start(tel(visitor), Channel.SMS, "SMS-1")).isEqualTo(StartOutcome.BUSY);
        assertThat(FakeTwilio.smsTo(twilio, visitor)).hasSize(1);
    }

    @Test
    void strangersGetOneNoOpenSurveyAnswerPerDayWhateverTheyWrite() {
        String stranger = "+380671110005";

        for (String text : List.of("5", "Привіт 👋", "п'ять", "５", "x".repeat(2000))) {
            reply(stranger, text);
        }

        assertThat(FakeTwilio.smsTo(twilio, stranger)).hasSize(1);
    }

    @Test
    void forgedReplyChangesNothing() {
        String visitor = "+380671110006";
        conversations.start(tel(visitor), Channel.SMS, "SMS-1");

        webhooks.post("/webhooks/twilio/sms", form("SMforged", visitor, "1"), "Zm9yZ2Vk")
                .expectStatus()
                .isForbidden();

        assertThat(FakeTwilio.smsTo(twilio, visitor)).hasSize(1);
        assertThat(mongo.getCollection("sessions")
                        .find(new Document("_id", "tel:" + visitor))
                        .first()
                        .get("session", Document.class))
                .containsEntry("question", "overall");
    }

    String reply(String from, String text) {
        String sid = "SMin" + SIDS.incrementAndGet();
        sms(from, sid, text);
        return sid;
    }

    void redeliver(String from, String sid, String text) {
        sms(from, sid, text);
    }
}
