package ua.vidguk.alert;

import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.StartedApplication;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.Inbox;
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Conversations;
import ua.vidguk.stafflink.GroupUpdates;
import ua.vidguk.stafflink.StaffTelegramFake;

/**
 * Alert latency: from the SMS reply that makes a survey negative and complete (handed to the
 * inbox, as the Twilio webhook does) to the {@code sendMessage} the fake Bot API receives, one
 * survey at a time, on the embedded database. Run: see docs/benchmarks.md.
 */
@Tag("benchmark")
class AlertLatencyBenchmark {

    static final int WARM_UP = Integer.getInteger("warmUp", 50);
    static final int SURVEYS = Integer.getInteger("surveys", 300);
    static final String ADMIN = "benchmark-admin-token-0123456789";
    static final String SECRET = "benchmark-webhook-secret";
    static final long CHAT = -100_900;
    static final List<String> NEGATIVE = List.of("1", "2", "1", "2", "2", "3", "1", "Чекала дві години", "2");

    @TempDir
    Path data;

    @Test
    void measureAlertLatency() {
        WireMockServer telegram = StaffTelegramFake.SERVER;
        try (var app = StartedApplication.start(
                "--vidguk.data-dir=" + data,
                "--vidguk.admin-token=" + ADMIN,
                "--vidguk.telegram.bot-token=" + StaffTelegramFake.TOKEN,
                "--vidguk.telegram.api-url=" + telegram.baseUrl(),
                "--vidguk.telegram.mode=webhook",
                "--vidguk.telegram.webhook-secret=" + SECRET,
                "--vidguk.public-base-url=https://vidguk.example.ua",
                "--vidguk.dispatch.enabled=false",
                "--vidguk.alerts.sweep-every=1h",
                // One chat takes every alert here: the latency of the path, not Telegram's group limit.
                "--vidguk.alerts.group-messages-per-minute=1000000",
                "--vidguk.alerts.fold-above=1000000",
                "--logging.level.root=WARN")) {
            var api = app.client(ADMIN);
            api.put()
                    .uri("/api/v1/cnaps")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(List.of(
                            Map.of("code", "LAT-1", "name", "ЦНАП м. Бровари", "region", "UA-32", "city", "Бровари")))
                    .exchange()
                    .expectStatus()
                    .isOk();
            String code = (String) api.post()
                    .uri("/api/v1/cnaps/LAT-1/staff-link-code")
                    .exchange()
                    .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                    .returnResult()
                    .getResponseBody()
                    .get("code");
            RestTestClient.bindToServer()
                    .baseUrl(
                            "http://localhost:" + app.context().getEnvironment().getProperty("local.server.port"))
                    .build()
                    .post()
                    .uri("/webhooks/telegram")
                    .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(GroupUpdates.text(1, CHAT, 7, "/link " + code))
                    .exchange()
                    .expectStatus()
                    .isOk();
            var conversations = app.context().getBean(Conversations.class);
            var inbox = app.context().getBean(Inbox.class);

            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SURVEYS; i++) {
                long latency = oneSurvey(i, conversations, inbox, telegram);
                if (i >= WARM_UP) {
                    millis.add(latency);
                }
            }
            Collections.sort(millis);
            System.out.printf(
                    "alert latency over %d surveys (after %d warm-up): median %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
                    SURVEYS,
                    WARM_UP,
                    millis.get(millis.size() / 2),
                    millis.get((int) Math.ceil(millis.size() * 0.9) - 1),
                    millis.get((int) Math.ceil(millis.size() * 0.99) - 1),
                    millis.getLast());
        }
    }

    /** @return milliseconds from the last reply handed in to the alert's sendMessage at the fake */
    private static long oneSurvey(int i, Conversations conversations, Inbox inbox, WireMockServer telegram) {
        var tel = ContactAddress.tel(PhoneNumber.parseMobile("+38067%07d".formatted(3_000_000 + i)));
        conversations.start(tel, Channel.SMS, "LAT-1");
        for (int answer = 0; answer < NEGATIVE.size() - 1; answer++) {
            inbox.receive(new MessageReceived(
                    Channel.SMS, "SM" + i + "-" + answer, tel, NEGATIVE.get(answer), java.time.Instant.now()));
        }
        int before = alerts(telegram).size();
        long start = System.currentTimeMillis();
        inbox.receive(
                new MessageReceived(Channel.SMS, "SM" + i + "-last", tel, NEGATIVE.getLast(), java.time.Instant.now()));
        await().pollInterval(Duration.ofMillis(2))
                .atMost(Duration.ofSeconds(30))
                .until(() -> alerts(telegram).size() > before);
        return alerts(telegram).get(before).getRequest().getLoggedDate().getTime() - start;
    }

    private static List<com.github.tomakehurst.wiremock.stubbing.ServeEvent> alerts(WireMockServer telegram) {
        return telegram.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().toLowerCase().endsWith("/sendmessage"))
                .filter(event -> event.getRequest().getBodyAsString().contains("LAT-1"))
                .toList()
                .reversed();
    }
}
