package ua.vidguk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import ua.vidguk.VidgukIntegrationTest;

/** Long polling, the default mode: an update the fake hands out once is answered. */
@VidgukIntegrationTest
@TestPropertySource(properties = {"vidguk.telegram.bot-token=" + FakeTelegram.TOKEN, "vidguk.telegram.mode=polling"})
@DirtiesContext // stops the poller with the application, rather than leaving it polling a stopped fake
class TelegramPollingIntegrationTests {

    static final long CHAT = 6001;

    @RegisterExtension
    static WireMockExtension telegram = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().globalTemplating(true))
            .resetOnEachTest(false) // the application polls from start-up, before any test begins
            .build();

    @DynamicPropertySource
    static void fakeTelegram(DynamicPropertyRegistry properties) {
        properties.add("vidguk.telegram.api-url", telegram::baseUrl);
        // Stubs must exist before the application starts polling, which is before any @BeforeEach.
        telegram.stubFor(any(anyUrl()).atPriority(100).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        FakeTelegram.acceptEverything(telegram);
        telegram.stubFor(any(urlPathMatching(FakeTelegram.path("getupdates")))
                .inScenario("updates")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("handed out")
                .willReturn(okJson("{\"ok\":true,\"result\":[" + Updates.text(1, CHAT, "/start") + "]}")));
        telegram.stubFor(any(urlPathMatching(FakeTelegram.path("getupdates")))
                .inScenario("updates")
                .whenScenarioStateIs("handed out")
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
    }

    @Test
    void anUpdateFromGetUpdatesIsAnswered() {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(FakeTelegram.sentTo(telegram, CHAT))
                        .singleElement()
                        .satisfies(sent -> assertThat(sent.text()).isNotBlank()));
    }
}
