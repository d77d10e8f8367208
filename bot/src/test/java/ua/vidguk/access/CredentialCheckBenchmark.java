package ua.vidguk.access;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import ua.vidguk.StartedApplication;

/**
 * What checking a credential costs: database commands per authenticated request (counted by a
 * listener on the driver) and the latency of {@code GET /api/v1/me} with an API key, the admin
 * token and no credential, beside what one read of the key's document would add. Run: see
 * docs/benchmarks.md.
 */
@Tag("benchmark")
class CredentialCheckBenchmark {

    static final int WARM_UP = Integer.getInteger("warmUp", 2_000);
    static final int REQUESTS = Integer.getInteger("requests", 5_000);
    static final int RUNS = Integer.getInteger("runs", 3);
    static final String ADMIN = "benchmark-admin-token-0123456789";
    static final Map<String, LongAdder> COMMANDS = new ConcurrentHashMap<>();

    @TempDir
    Path data;

    @Configuration(proxyBeanMethods = false)
    static class CountCommands {
        @Bean
        MongoClientSettingsBuilderCustomizer countCommands() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    COMMANDS.computeIfAbsent(event.getCommandName(), name -> new LongAdder())
                            .increment();
                }
            });
        }
    }

    @Test
    void measureTheCredentialCheck() throws Exception {
        try (var app = StartedApplication.start(
                new Class<?>[] {CountCommands.class},
                "--vidguk.data-dir=" + data,
                "--vidguk.admin-token=" + ADMIN,
                "--vidguk.dispatch.enabled=false",
                "--vidguk.alerts.sweep-every=1h",
                "--logging.level.root=WARN")) {
            String key = (String) app.client(ADMIN)
                    .post()
                    .uri("/api/v1/access-keys")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("name", "benchmark", "role", "viewer", "scope", "national"))
                    .exchange()
                    .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                    .returnResult()
                    .getResponseBody()
                    .get("key");
            int port = app.context().getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            MongoTemplate mongo = app.context().getBean(MongoTemplate.class);
            HttpClient http = HttpClient.newHttpClient();
            URI me = URI.create("http://localhost:" + port + "/api/v1/me");

            System.out.println(
                    "| credential | run | requests | database commands during the run | per request | median µs | p99 µs | max µs |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
            for (int run = 1; run <= RUNS; run++) {
                for (var kind : List.of("API key", "admin token", "none (401)")) {
                    String bearer = kind.equals("API key") ? key : kind.equals("admin token") ? ADMIN : null;
                    measure(http, me, bearer, WARM_UP);
                    COMMANDS.clear();
                    List<Long> micros = measure(http, me, bearer, REQUESTS);
                    long commands =
                            COMMANDS.values().stream().mapToLong(LongAdder::sum).sum();
                    print(kind, run, commands, micros);
                }
                // For comparison: the read a per-request lookup of the key would add.
                List<Long> reads = new ArrayList<>();
                String id = key.substring(3, key.indexOf('_', 3));
                for (int i = 0; i < WARM_UP + REQUESTS; i++) {
                    long start = System.nanoTime();
                    mongo.findById(id, AccessKey.class);
                    if (i >= WARM_UP) {
                        reads.add((System.nanoTime() - start) / 1_000);
                    }
                }
                print("(one findById of the key)", run, REQUESTS, reads);
            }
        }
    }

    private static List<Long> measure(HttpClient http, URI uri, String bearer, int count) throws Exception {
        List<Long> micros = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            var request = HttpRequest.newBuilder(uri).GET();
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            long start = System.nanoTime();
            http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            micros.add((System.nanoTime() - start) / 1_000);
        }
        return micros;
    }

    private static void print(String kind, int run, long commands, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf(
                "| %s | %d | %d | %d | %.3f | %d | %d | %d |%n",
                kind,
                run,
                sorted.size(),
                commands,
                (double) commands / sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() * 99 / 100),
                sorted.getLast());
    }
}
