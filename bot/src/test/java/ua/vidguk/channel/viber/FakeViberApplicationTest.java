package ua.vidguk.channel.viber;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
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
import ua.vidguk.conversation.Conversations;

/**
 * The whole application with a real Viber auth token, talking to a fake Viber API; tests post
 * signed callbacks as Viber would, about one centre. SMS stays a sandbox here.
 */
@VidgukIntegrationTest
@TestPropertySource(
        properties = {
            "vidguk.viber.auth-token=" + FakeViber.TOKEN,
            "vidguk.viber.retry.delay=5ms",
            "vidguk.public-base-url=https://vidguk.example.ua"
        })
@Import(HeardByViberTests.class)
abstract class FakeViberApplicationTest {

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
