package ua.vidguk.channel.viber;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.ContactLinks;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Conversations.StartOutcome;

/** A visitor who linked Viber to their number is invited there, and by SMS when Viber refuses. */
class ViberInvitationIntegrationTests extends FakeViberApplicationTest {

    @Autowired
    ContactLinks links;

    @Autowired
    ua.vidguk.conversation.Inviter inviter;

    @Test
    void aLinkedVisitorIsInvitedInViberWithTheFirstQuestionsKeyboard() {
        var phone = PhoneNumber.parseMobile("+380671119101");
        links.link(phone, ContactAddress.viber("linked+User1="), Instant.now());

        assertThat(inviter.invite(phone, "VBR-1")).isEqualTo(StartOutcome.STARTED);

        var invitation = FakeViber.sentTo(viber, "linked+User1=");
        assertThat(invitation).singleElement().satisfies(message -> {
            assertThat(message.path("text").asString()).contains("ЦНАП м. Вінниця");
            assertThat(message.path("keyboard").path("Buttons").findValuesAsString("ActionBody"))
                    .contains("@overall:1", "@overall:5");
        });
        assertThat(session("viber:linked+User1=")).isNotNull();
        assertThat(session("tel:+380671119101")).isNull();
    }

    @Test
    void whenViberRefusesTheInvitationItGoesBySmsAndNoViberSurveyIsLeftOpen() {
        var phone = PhoneNumber.parseMobile("+380671119102");
        links.link(phone, ContactAddress.viber("gone+User2="), Instant.now());
        viber.stubFor(post("/send_message")
                .atPriority(1)
                .withRequestBody(containing("gone+User2="))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":6,\"status_message\":\"notSubscribed\"}")));

        assertThat(inviter.invite(phone, "VBR-1")).isEqualTo(StartOutcome.STARTED);

        assertThat(session("viber:gone+User2=")).isNull();
        assertThat(session("tel:+380671119102").get("session", Document.class).getString("channel"))
                .isEqualTo("SMS");
        assertThat(inviter.invite(phone, "VBR-1")).isEqualTo(StartOutcome.BUSY);
    }

    Document session(String contact) {
        return mongo.getCollection("sessions")
                .find(new Document("_id", contact))
                .first();
    }
}
