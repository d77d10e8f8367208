package ua.vidguk.database;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.vidguk.ApplicationProcess;

/**
 * What a {@code kill -9} loses of acknowledged writes on the embedded store, with and without
 * write-through. The application runs as a separate process; writers PUT one centre per request
 * and remember every 200; the process is killed mid-stream, restarted, and the acknowledged
 * centres are looked up. Run: see docs/benchmarks.md.
 */
@Tag("benchmark")
class KillNineDurabilityBenchmark {

    static final String TOKEN = "benchmark-token-0123456789";
    static final int ROUNDS = Integer.getInteger("rounds", 5);
    static final int WRITERS = Integer.getInteger("writers", 8);
    static final Duration WRITING = Duration.ofMillis(Long.getLong("writeMillis", 3000));

    @TempDir
    Path work;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void measureLostAcknowledgedWrites() throws Exception {
        List<String> table = new ArrayList<>();
        table.add("mode            round  acknowledged  writes/s  lost");
        for (boolean writeThrough : new boolean[] {false, true}) {
            for (int round = 1; round <= ROUNDS; round++) {
                Path dataDir = Files.createDirectories(work.resolve((writeThrough ? "wt-" : "bg-") + round));
                int port = ApplicationProcess.freePort();
                Process app = start(dataDir, port, writeThrough);
                Set<String> acknowledged = writeUntilKilled(app, port);
                Process restarted = start(dataDir, port, true);
                Set<String> present = storedCodes(port);
                restarted.destroy();
                restarted.waitFor(20, TimeUnit.SECONDS);
                long lost = acknowledged.stream()
                        .filter(code -> !present.contains(code))
                        .count();
                table.add(String.format(
                        "%-15s %5d  %12d  %8.0f  %4d",
                        writeThrough ? "write-through" : "background 1 s",
                        round,
                        acknowledged.size(),
                        acknowledged.size() / (WRITING.toMillis() / 1000.0),
                        lost));
            }
        }
        table.forEach(System.out::println);
    }

    Set<String> writeUntilKilled(Process app, int port) throws InterruptedException {
        var acknowledged = new ConcurrentLinkedQueue<String>();
        var stop = new AtomicBoolean();
        try (var writers = Executors.newFixedThreadPool(WRITERS)) {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String code = "K9-" + writer + "-" + i;
                        try {
                            if (put(port, code) == 200) {
                                acknowledged.add(code);
                            }
                        } catch (IOException | InterruptedException killed) {
                            return;
                        }
                    }
                });
            }
            Thread.sleep(WRITING.toMillis());
            // Java's forcible destroy is SIGKILL on Linux: no shutdown hook, no final commit.
            app.destroyForcibly();
            app.waitFor();
            stop.set(true);
        }
        return new HashSet<>(acknowledged);
    }

    int put(int port, String code) throws IOException, InterruptedException {
        String body = "[{\"code\":\"" + code + "\",\"name\":\"ЦНАП\",\"region\":\"UA-30\",\"city\":\"Київ\"}]";
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cnaps"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    Set<String> storedCodes(int port) throws IOException, InterruptedException {
        Set<String> codes = new HashSet<>();
        Pattern code = Pattern.compile("\"code\":\"([^\"]+)\"");
        for (int page = 0; ; page++) {
            var request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/cnaps?size=500&page=" + page))
                    .header("Authorization", "Bearer " + TOKEN)
                    .build();
            String body =
                    http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = code.matcher(body);
            int found = 0;
            while (matcher.find()) {
                codes.add(matcher.group(1));
                found++;
            }
            if (found < 500) {
                return codes;
            }
        }
    }

    Process start(Path dataDir, int port, boolean writeThrough) throws IOException {
        return ApplicationProcess.start(
                port,
                dataDir.resolve("app.log"),
                List.of(
                        "--vidguk.data-dir=" + dataDir,
                        "--vidguk.admin-token=" + TOKEN,
                        "--vidguk.embedded.write-through=" + writeThrough,
                        "--logging.level.root=WARN"),
                Duration.ofSeconds(60));
    }
}
