package ua.vidguk.stafflink;

import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.MutableClock;
import ua.vidguk.VidgukIntegrationTest;

/**
 * The whole application with Telegram pointed at a local fake and updates arriving by webhook,
 * the embedded database, and a clock the tests move. The sweeps are left to the tests (once an
 * hour by themselves), so what they see does not depend on timing. Public, and with the same
 * settings for every subclass, so that the alert feature's staff-chat tests extend it and all
 * share one running application.
 */
@VidgukIntegrationTest
@Import(StaffGroupTest.Clock.class)
@TestPropertySource(
        properties = {
            "vidguk.telegram.bot-token=" + StaffTelegramFake.TOKEN,
            "vidguk.telegram.mode=webhook",
            "vidguk.telegram.webhook-secret=" + StaffGroupTest.SECRET,
            "vidguk.public-base-url=https://vidguk.example.ua",
            "vidguk.alerts.sweep-every=1h",
            "vidguk.dispatch.enabled=false"
        })
public abstract class StaffGroupTest {

    static final String SECRET = "staff-webhook-secret-0123";
    /** Tuesday 10:00 in Kyiv. */
    protected static final Instant TUESDAY_MORNING = Instant.parse("2026-11-24T08:00:00Z");

    protected static final long ADMIN = 7;
    protected static final long MEMBER = StaffTelegramFake.FIRST_MEMBER + 1;
    static final AtomicLong IDS = new AtomicLong(1);

    protected static final WireMockServer telegram = StaffTelegramFake.SERVER;

    @DynamicPropertySource
    static void fakeTelegram(DynamicPropertyRegistry properties) {
        properties.add("vidguk.telegram.api-url", telegram::baseUrl);
    }

    @TestConfiguration
    static class Clock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(TUESDAY_MORNING);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    protected MutableClock clock;

    protected RestTestClient http;
    protected RestTestClient api;

    @BeforeEach
    void connect() {
        clock.set(TUESDAY_MORNING);
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        api = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/api/v1")
                .defaultHeader("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .build();
    }

    protected void centre(String code, String name, String region) {
        api.put()
                .uri("/cnaps")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("code", code, "name", name, "region", region, "city", name)))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** A code from the API: {@code cnaps/X}, {@code regions/UA-32}, or "" for the national one. */
    protected String code(String scopePath) {
        return (String) api.post()
                .uri((scopePath.isEmpty() ? "" : "/" + scopePath) + "/staff-link-code")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("code");
    }

    protected void link(long chatId, String scopePath) {
        int before = StaffTelegramFake.sent(telegram, chatId).size();
        deliver(GroupUpdates.text(next(), chatId, ADMIN, "/link " + code(scopePath)));
        await().until(() -> StaffTelegramFake.sent(telegram, chatId).size() > before);
    }

    protected void deliver(String update) {
        http.post()
                .uri("/webhooks/telegram")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .contentType(MediaType.APPLICATION_JSON)
                .body(update)
                .exchange()
                .expectStatus()
                .isOk();
    }

    protected String lastTo(long chat) {
        return StaffTelegramFake.sent(telegram, chat).getLast().text();
    }

    protected static long next() {
        return IDS.incrementAndGet();
    }
}
