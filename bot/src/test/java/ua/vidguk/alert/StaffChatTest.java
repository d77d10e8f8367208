package ua.vidguk.alert;

import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
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
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;

/**
 * The whole application with Telegram pointed at a local fake and updates arriving by webhook,
 * the embedded database, and a clock the tests move. The sweep is left to the tests (once an
 * hour by itself), so what they see does not depend on timing.
 */
@VidgukIntegrationTest
@Import(StaffChatTest.Clock.class)
@TestPropertySource(
        properties = {
            "vidguk.telegram.bot-token=" + StaffTelegramFake.TOKEN,
            "vidguk.telegram.mode=webhook",
            "vidguk.telegram.webhook-secret=" + StaffChatTest.SECRET,
            "vidguk.public-base-url=https://vidguk.example.ua",
            "vidguk.alerts.sweep-every=1h",
            "vidguk.dispatch.enabled=false"
        })
abstract class StaffChatTest {

    static final String SECRET = "staff-webhook-secret-0123";
    /** Tuesday 10:00 in Kyiv. */
    static final Instant TUESDAY_MORNING = Instant.parse("2026-11-24T08:00:00Z");

    static final long ADMIN = 7;
    static final long MEMBER = StaffTelegramFake.FIRST_MEMBER + 1;
    static final AtomicLong IDS = new AtomicLong(1);

    static final WireMockServer telegram = StaffTelegramFake.SERVER;

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
    MutableClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AlertSchedule schedule;

    RestTestClient http;
    RestTestClient api;

    @BeforeEach
    void connect() {
        clock.set(TUESDAY_MORNING);
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        api = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/api/v1")
                .defaultHeader("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .build();
    }

    void centre(String code, String name, String region) {
        api.put()
                .uri("/cnaps")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("code", code, "name", name, "region", region, "city", name)))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** A code from the API: {@code cnaps/X}, {@code regions/UA-32}, or "" for the national one. */
    String code(String scopePath) {
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

    void link(long chatId, String scopePath) {
        int before = StaffTelegramFake.sent(telegram, chatId).size();
        deliver(GroupUpdates.text(next(), chatId, ADMIN, "/link " + code(scopePath)));
        await().until(() -> StaffTelegramFake.sent(telegram, chatId).size() > before);
    }

    void deliver(String update) {
        http.post()
                .uri("/webhooks/telegram")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .contentType(MediaType.APPLICATION_JSON)
                .body(update)
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** Negative feedback as the conversation publishes it: a 1 overall, service not received. */
    NegativeFeedbackReceived negative(String cnapCode, String phone, boolean callbackConsent) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("overall", "1");
        answers.put("received", "no");
        answers.put("comment", "Чекала дві години");
        var event = new NegativeFeedbackReceived(
                UUID.randomUUID().toString().substring(0, 10),
                "cnap-visit",
                cnapCode,
                ContactAddress.tel(PhoneNumber.parseMobile(phone)),
                Channel.SMS,
                null,
                answers,
                List.of("overall", "received"),
                callbackConsent,
                "Чекала дві години",
                false,
                clock.instant().minus(Duration.ofMinutes(5)),
                clock.instant());
        events.publishEvent(event);
        return event;
    }

    List<Map<String, Object>> cases(String query) {
        return api.get()
                .uri("/cases?" + query)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
    }

    static long next() {
        return IDS.incrementAndGet();
    }
}
