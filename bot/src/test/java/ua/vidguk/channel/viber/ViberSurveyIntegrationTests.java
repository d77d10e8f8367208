package ua.vidguk.channel.viber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;

/** Whole surveys through Viber: a QR code at the centre, and an SMS invitation continued in Viber. */
class ViberSurveyIntegrationTests extends FakeViberApplicationTest {

    @Test
    void aQrCodeSurveyRunsToCompletionInViberWithOneAlertForALowScore() {
        String user = "qr+User01=";

        JsonNode welcome = open(user, "VBR-1");

        assertThat(welcome.path("text").asString()).contains("ЦНАП м. Вінниця", "загалом оцінюєте");
        assertThat(welcome.path("keyboard")
                        .path("Buttons")
                        .get(0)
                        .path("ActionBody")
                        .asString())
                .isEqualTo("@overall:1");
        assertThat(welcome.has("receiver")).isFalse();
        assertThat(FakeViber.sentTo(viber, user)).isEmpty();

        reply(user, "@overall:1");
        reply(user, "@received:no");
        reply(user, "@waiting:1");
        reply(user, "@friendliness:2");
        reply(user, "@competence:2");
        reply(user, "@premises:3");
        reply(user, "@problem:waiting");
        reply(user, "Чекала дві години, ніхто нічого не пояснив.");
        reply(user, "@callback:yes");

        List<JsonNode> sent = FakeViber.sentTo(viber, user);
        assertThat(sent).hasSize(9);
        assertThat(sent.getFirst().path("keyboard").path("Buttons").findValuesAsString("ActionBody"))
                .containsExactly("@received:yes", "@received:no");
        assertThat(sent.getFirst().path("sender").path("name").asString()).isEqualTo("Vidguk");
        assertThat(sent.getLast().path("text").asString()).contains("Дякуємо");
        // Viber's contact message does not prove whose number it is: no share-phone button here.
        assertThat(sent.getLast().path("keyboard").path("Buttons").findValuesAsString("ActionType"))
                .doesNotContain("share-phone");
        Document response = mongo.getCollection("responses")
                .find(new Document("contact", "viber:" + user))
                .first();
        assertThat(response)
                .isNotNull()
                .containsEntry("channel", "VIBER")
                .containsEntry("negative", true)
                .containsEntry("cnapCode", "VBR-1");
        assertThat(response.get("answers", Document.class))
                .containsEntry("overall", "1")
                .containsEntry("received", "no")
                .containsEntry("problem", "waiting")
                .containsEntry("callback", "yes");
        assertThat(heard.negativeFrom(user)).singleElement().satisfies(alert -> {
            assertThat(alert.channel()).isEqualTo(Channel.VIBER);
            assertThat(alert.comment()).startsWith("Чекала дві години");
        });
    }

    @Test
    void aSurveyInvitedBySmsMovesToViberWithItsCurrentQuestionAsTheWelcome() {
        var phone = ContactAddress.tel(PhoneNumber.parseMobile("+380671119001"));
        conversations.start(phone, Channel.SMS, "VBR-1");
        String token = mongo.getCollection("sessions")
                .find(new Document("_id", phone.uri()))
                .first()
                .get("session", Document.class)
                .getString("_id");
        String user = "sms+Mover01=";

        JsonNode welcome = JSON.readTree(
                webhooks.postSigned(ViberWebhooks.conversationStartedByABareUser(TOKENS.incrementAndGet(), user, token))
                        .expectStatus()
                        .isOk()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody());

        assertThat(welcome.path("text").asString()).contains("загалом оцінюєте");
        assertThat(welcome.path("keyboard").path("Buttons")).hasSize(5);
        reply(user, "@overall:5");
        assertThat(FakeViber.sentTo(viber, user))
                .singleElement()
                .satisfies(next -> assertThat(next.path("text").asString()).contains("отримали"));
        assertThat(mongo.getCollection("sessions")
                        .find(new Document("_id", "viber:" + user))
                        .first()
                        .get("session", Document.class)
                        .get("answers", Document.class))
                .containsEntry("overall", "5");
    }
}
