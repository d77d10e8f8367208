package ua.vidguk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukIntegrationTest;

/**
 * Long polling, the default mode: a whole survey, each update handed out by the fake's {@code
 * getUpdates} only once the bot has answered the one before (as a visitor reads, then replies).
 */
@VidgukIntegrationTest
@TestPropertySource(properties = {"vidguk.telegram.bot-token=" + FakeTelegram.TOKEN, "vidguk.telegram.mode=polling"})
@DirtiesContext // stops the poller with the application, rather than leaving it polling a stopped fake
class TelegramPollingIntegrationTests {

    static final long CHAT = 6001;
    // A QR code's /start, then every answer typed rather than tapped.
    static final List<String> VISITOR =
            List.of("/start POLL-1", "2", "ні", "1", "3", "3", "4", "1", "Чекала дві години.", "так");

    @RegisterExtension
    static WireMockExtension telegram = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().globalTemplating(true))
            .resetOnEachTest(false) // the application polls from start-up, before any test begins
            .build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void fakeTelegram(DynamicPropertyRegistry properties) {
        properties.add("vidguk.telegram.api-url", telegram::baseUrl);
        // Stubs must exist before the application starts polling, which is before any @BeforeEach.
        telegram.stubFor(any(anyUrl()).atPriority(100).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        FakeTelegram.acceptEverything(telegram);
        telegram.stubFor(any(urlPathMatching(FakeTelegram.path("getupdates")))
                .atPriority(50)
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(100)));
        for (int turn = 0; turn < VISITOR.size(); turn++) {
            telegram.stubFor(any(urlPathMatching(FakeTelegram.path("getupdates")))
                    .atPriority(1)
                    .inScenario("visitor")
                    .whenScenarioStateIs("ready-" + turn)
                    .willSetStateTo("waiting-" + turn)
                    .willReturn(okJson(
                            "{\"ok\":true,\"result\":[" + Updates.text(100 + turn, CHAT, VISITOR.get(turn)) + "]}")));
            telegram.stubFor(post(urlPathMatching(FakeTelegram.path("sendmessage")))
                    .atPriority(1)
                    .inScenario("visitor")
                    .whenScenarioStateIs("waiting-" + turn)
                    .willSetStateTo("ready-" + (turn + 1))
                    .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":" + (500 + turn) + ","
                            + "\"date\":1764000000,\"chat\":{\"id\":" + CHAT + ",\"type\":\"private\"},"
                            + "\"text\":\"sent\"}}")));
        }
    }

    @Test
    void aWholeSurveyRunsOverLongPolling() {
        RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build()
                .put()
                .uri("/api/v1/cnaps")
                .header("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .body("[{\"code\":\"POLL-1\",\"name\":\"ЦНАП м. Бровари\",\"region\":\"UA-32\",\"city\":\"Бровари\"}]")
                .exchange()
                .expectStatus()
                .isOk();
        telegram.setScenarioState("visitor", "ready-0");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(mongo.getCollection("responses")
                                .find(new Document("contact", "telegram:" + CHAT))
                                .first())
                        .isNotNull()
                        .containsEntry("channel", "TELEGRAM")
                        .containsEntry("negative", true));
        var answers = mongo.getCollection("responses")
                .find(new Document("contact", "telegram:" + CHAT))
                .first()
                .get("answers", Document.class);
        assertThat(answers)
                .containsEntry("overall", "2")
                .containsEntry("received", "no")
                .containsEntry("problem", "waiting")
                .containsEntry("callback", "yes");
        // The response is stored before the thank-you is sent: wait for that too.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(FakeTelegram.sentTo(telegram, CHAT)).hasSize(VISITOR.size()));
        assertThat(FakeTelegram.sentTo(telegram, CHAT).getLast().text()).contains("Дякуємо");
    }
}
