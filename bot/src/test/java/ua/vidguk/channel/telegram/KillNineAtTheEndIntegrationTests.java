package ua.vidguk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.ApplicationProcess;
import ua.vidguk.StartedApplication;

/**
 * A real {@code kill -9} between storing a conversation's negative end and publishing it: the
 * application runs as a process of its own that halts itself at that moment. The next start
 * publishes the stored facts: the staff's case is opened once, the opt-out is recorded, the
 * response is stored.
 */
class KillNineAtTheEndIntegrationTests {

    static final String ADMIN = "kill-nine-admin-token-0123";
    static final String SECRET = "kill-nine-webhook-secret";
    static final long CHAT = 7_001;

    @RegisterExtension
    static WireMockExtension telegram = FakeTelegram.server();

    @TempDir
    Path data;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aNegativeEndStoredJustBeforeAKillNineOpensOneCaseAndRecordsTheOptOutAtTheNextStart() throws Exception {
        FakeTelegram.acceptEverything(telegram);
        int port = ApplicationProcess.freePort();
        List<String> arguments = new ArrayList<>(arguments());
        arguments.addAll(List.of(
                "--spring.main.sources=" + HaltWhenAnEndIsHeard.class.getName(),
                "--halt-when-an-end-is-heard=true",
                "--logging.level.root=WARN"));
        Process killed = ApplicationProcess.start(port, data.resolve("killed.log"), arguments, Duration.ofSeconds(90));
        try {
            put(
                    port,
                    "/api/v1/cnaps",
                    "[{\"code\":\"KILL-1\",\"name\":\"ЦНАП м. Обухів\",\"region\":\"UA-32\",\"city\":\"Обухів\"}]");
            update(port, Updates.text(1, CHAT, "/start KILL-1"));
            update(port, Updates.text(2, CHAT, "1"));
            try {
                update(port, Updates.text(3, CHAT, "STOP")); // the negative end: the process halts
            } catch (IOException killedMidRequest) {
                // no answer: the process is gone
            }
            assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(killed.exitValue()).isEqualTo(137);
        } finally {
            killed.destroyForcibly();
        }

        try (var restarted = StartedApplication.start(arguments().toArray(String[]::new))) {
            MongoTemplate mongo = restarted.context().getBean(MongoTemplate.class);
            assertThat(mongo.getCollection("cases").countDocuments(new Document("cnapCode", "KILL-1")))
                    .isEqualTo(1);
            assertThat(mongo.getCollection("opt_outs").countDocuments(new Document("_id", "telegram:" + CHAT)))
                    .isEqualTo(1);
            assertThat(mongo.getCollection("responses").countDocuments(new Document("contact", "telegram:" + CHAT)))
                    .isEqualTo(1);
            assertThat(mongo.getCollection("sessions").countDocuments(new Document("_id", "telegram:" + CHAT)))
                    .isZero();
        }
    }

    List<String> arguments() {
        return List.of(
                "--vidguk.data-dir=" + data,
                "--vidguk.admin-token=" + ADMIN,
                "--vidguk.dispatch.enabled=false",
                "--vidguk.public-base-url=https://vidguk.example.ua",
                "--vidguk.telegram.bot-token=" + FakeTelegram.TOKEN,
                "--vidguk.telegram.mode=webhook",
                "--vidguk.telegram.webhook-secret=" + SECRET,
                "--vidguk.telegram.limits.per-chat-interval=0s",
                "--vidguk.telegram.api-url=" + telegram.baseUrl());
    }

    void put(int port, String path, String json) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + ADMIN)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    void update(int port, String update) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + TelegramWebhookController.PATH))
                        .header(TelegramWebhookController.SECRET, SECRET)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(update))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
