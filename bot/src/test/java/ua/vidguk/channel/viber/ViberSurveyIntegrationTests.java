package ua.vidguk.channel.viber;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.conversation.Conversations;
import ua.vidguk.scheduler.ContactAddress;
import ua.vidguk.scheduler.PhoneNumber;

/**
 * Whole surveys through Viber: the application has a real Viber auth token and talks to a fake
 * Viber API; the test posts signed callbacks as Viber would. SMS stays a sandbox here.
 */
@VidgukIntegrationTest
@TestPropertySource(
        properties = {
            "vidguk.viber.auth-token=" + FakeViber.TOKEN,
            "vidguk.viber.retry.delay=5ms",
            "vidguk.public-base-url=https://vidguk.example.ua"
        })
@Import(HeardByViberTests.class)
class ViberSurveyIntegrationTests {

    static final AtomicLong TOKENS = new AtomicLong(4_912_661_846_655_238_000L);
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension viber = FakeViber.server();

    @DynamicPropertySource
    static void fakeViber(DynamicPropertyRegistry properties) {
        properties.add("vidguk.viber.api-url", viber::baseUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    Conversations conversations;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    HeardByViberTests heard;

    ViberWebhooks webhooks;

    @BeforeEach
    void connectToTheApplication() {
        FakeViber.acceptEverything(viber);
        var http = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build();
        webhooks = new ViberWebhooks(http);
        http.put()
                .uri("/api/v1/cnaps")
                .header("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .body("[{\"code\":\"VBR-1\",\"name\":\"ЦНАП м. Вінниця\",\"region\":\"UA-05\",\"city\":\"Вінниця\"}]")
                .exchange()
                .expectStatus()
                .isOk();
    }

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
        reply(user, "@staff:2");
        reply(user, "@premises:3");
        reply(user, "@problem:waiting");
        reply(user, "Чекала дві години, ніхто нічого не пояснив.");
        reply(user, "@callback:yes");

        List<JsonNode> sent = FakeViber.sentTo(viber, user);
        assertThat(sent).hasSize(8);
        assertThat(sent.getFirst().path("keyboard").path("Buttons").findValuesAsString("ActionBody"))
                .containsExactly("@received:yes", "@received:no");
        assertThat(sent.getFirst().path("sender").path("name").asString()).isEqualTo("Vidguk");
        assertThat(sent.getLast().path("text").asString()).contains("Дякуємо");
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

    JsonNode open(String user, String context) {
        String body = webhooks.postSigned(ViberWebhooks.conversationStarted(TOKENS.incrementAndGet(), user, context))
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return JSON.readTree(body);
    }

    long reply(String user, String text) {
        long token = TOKENS.incrementAndGet();
        webhooks.postSigned(ViberWebhooks.text(token, user, text))
                .expectStatus()
                .isOk();
        return token;
    }
}
