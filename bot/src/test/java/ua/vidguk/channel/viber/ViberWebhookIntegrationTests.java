package ua.vidguk.channel.viber;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.ContactLinks;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.contact.PhoneNumber;

/** What each kind of Viber callback does, and that forged, repeated or odd ones change nothing. */
class ViberWebhookIntegrationTests extends FakeViberApplicationTest {

    @Autowired
    OptOuts optOuts;

    @Autowired
    ContactLinks links;

    @Test
    void aForgedOrUnsignedCallbackIsRefusedAndChangesNothing() {
        String user = "forged+User=";
        long token = TOKENS.incrementAndGet();
        String json = ViberWebhooks.conversationStarted(token, user, "VBR-1");

        webhooks.post(json, ViberWebhooks.sign(json, "not-the-token"))
                .expectStatus()
                .isForbidden();
        webhooks.post(json, "").expectStatus().isForbidden();

        assertThat(mongo.getCollection("inbound_messages").countDocuments(new Document("_id", "viber:" + token)))
                .isZero();
        assertThat(mongo.getCollection("sessions").countDocuments(new Document("_id", "viber:" + user)))
                .isZero();
        assertThat(FakeViber.sentTo(viber, user)).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNotJsonIsABadRequest() {
        webhooks.postSigned("{\"event\":").expectStatus().isBadRequest();
        webhooks.postSigned("[1,2]").expectStatus().isBadRequest();
    }

    @Test
    void aMessageWithoutASenderIsABadRequestAndUnknownEventsAreAcknowledged() {
        webhooks.postSigned(
                        "{\"event\":\"message\",\"message_token\":1,\"message\":{\"type\":\"text\",\"text\":\"5\"}}")
                .expectStatus()
                .isBadRequest();
        webhooks.postSigned("{\"event\":\"webhook\",\"timestamp\":1,\"message_token\":2}")
                .expectStatus()
                .isOk();
        webhooks.postSigned("{\"event\":\"client_status\",\"timestamp\":1}")
                .expectStatus()
                .isOk();
        webhooks.postSigned("{\"event\":\"subscribed\",\"user\":{\"id\":\"sub=\"},\"message_token\":3}")
                .expectStatus()
                .isOk();
    }

    @Test
    void aRedeliveredReplyChangesNothing() {
        String user = "redelivery+User=";
        open(user, "VBR-1");
        long token = reply(user, "@overall:2");

        webhooks.postSigned(ViberWebhooks.text(token, user, "@overall:2"))
                .expectStatus()
                .isOk();

        assertThat(FakeViber.sentTo(viber, user)).hasSize(1);
        assertThat(answers(user)).containsEntry("overall", "2").hasSize(1);
    }

    @Test
    void aDoubleTapOnTheSameButtonChangesNothingTheSecondTime() {
        String user = "double+Tap=";
        open(user, "VBR-1");

        reply(user, "@overall:4");
        reply(user, "@overall:4");

        assertThat(FakeViber.sentTo(viber, user)).hasSize(1);
        assertThat(answers(user)).containsEntry("overall", "4").hasSize(1);
    }

    @Test
    void aRedeliveredConversationStartedStartsNoSecondSurveyAndSendsNothing() {
        String user = "reopen+User=";
        long token = TOKENS.incrementAndGet();
        String json = ViberWebhooks.conversationStarted(token, user, "VBR-1");
        webhooks.postSigned(json)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.text")
                .exists();

        webhooks.postSigned(json).expectStatus().isOk().expectBody().isEmpty();

        assertThat(FakeViber.sentTo(viber, user)).isEmpty();
        assertThat(mongo.getCollection("sessions").countDocuments(new Document("_id", "viber:" + user)))
                .isEqualTo(1);
    }

    @Test
    void unsubscribingOptsTheUserOutSoThatOpeningTheBotAgainStartsNothing() {
        String user = "leaving+User=";

        webhooks.postSigned(ViberWebhooks.unsubscribed(TOKENS.incrementAndGet(), user))
                .expectStatus()
                .isOk();

        assertThat(optOuts.isOptedOut(ContactAddress.viber(user))).isTrue();
        webhooks.postSigned(ViberWebhooks.conversationStarted(TOKENS.incrementAndGet(), user, "VBR-1"))
                .expectStatus()
                .isOk()
                .expectBody()
                .isEmpty();
        assertThat(mongo.getCollection("sessions").countDocuments(new Document("_id", "viber:" + user)))
                .isZero();
    }

    @Test
    void deliveryReportsReachTheMessageLog() {
        String user = "delivered+User=";
        open(user, "VBR-1");
        reply(user, "@overall:5");
        String sent = FakeViber.tokensHandedOut(viber).getLast();

        webhooks.postSigned(ViberWebhooks.delivery("delivered", sent, user))
                .expectStatus()
                .isOk();

        assertThat(mongo.getCollection("messages")
                        .find(new Document("_id", "VIBER:" + sent))
                        .first())
                .containsEntry("status", "DELIVERED");
        assertThat(heard.deliveries())
                .anySatisfy(report -> assertThat(report.providerMessageId()).isEqualTo(sent));
    }

    @Test
    void aContactSentInViberLinksNothingBecauseItDoesNotProveWhoseNumberItIs() {
        String user = "sharing+User=";
        long token = TOKENS.incrementAndGet();

        webhooks.postSigned(ViberWebhooks.contact(token, user, "+380671119002"))
                .expectStatus()
                .isOk();

        assertThat(links.of(PhoneNumber.parseMobile("+380671119002"))).isEmpty();
        assertThat(links.phoneOf(ContactAddress.viber(user))).isEmpty();
        assertThat(FakeViber.sentTo(viber, user)).isEmpty();
    }

    Document answers(String user) {
        return mongo.getCollection("sessions")
                .find(new Document("_id", "viber:" + user))
                .first()
                .get("session", Document.class)
                .get("answers", Document.class);
    }
}
