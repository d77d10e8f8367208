package ua.vidguk.export;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.InsertManyOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import ua.vidguk.ApplicationProcess;

/**
 * A million responses exported as CSV over HTTP by an application whose heap is bounded
 * ({@code -Xmx256m}, its own process): rows per second, total time, the most heap it used while
 * streaming; then the same responses read as JSON pages of 1,000. The responses are inserted
 * straight into the application's embedded database, in bulk. Run: see docs/benchmarks.md.
 */
@Tag("benchmark")
class ResponseExportBenchmark {

    static final int ROWS = Integer.getInteger("rows", 1_000_000);
    static final int RUNS = Integer.getInteger("runs", 3);
    static final String HEAP = System.getProperty("heap", "256m");
    static final String ADMIN = "benchmark-admin-token-0123456789";
    static final int CENTRES = 2_700;
    static final List<String> REGIONS = List.of(
            "UA-05", "UA-07", "UA-12", "UA-14", "UA-18", "UA-21", "UA-23", "UA-26", "UA-32", "UA-35", "UA-46", "UA-48",
            "UA-51", "UA-53", "UA-56", "UA-59", "UA-61", "UA-63", "UA-65", "UA-68", "UA-71", "UA-73", "UA-74", "UA-30");
    static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    @TempDir
    Path data;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void streamAMillionResponsesWithABoundedHeap() throws Exception {
        int port = ApplicationProcess.freePort();
        Path log = data.resolve("application.log");
        // -DdataDir= keeps the store for the next run: loading a million responses takes minutes.
        Path store =
                System.getProperty("dataDir") == null ? data.resolve("data") : Path.of(System.getProperty("dataDir"));
        Process app = ApplicationProcess.start(
                port,
                log,
                jvmOptions(),
                List.of(
                        "--vidguk.data-dir=" + store,
                        "--vidguk.admin-token=" + ADMIN,
                        "--vidguk.demo.enabled=false",
                        "--vidguk.dispatch.enabled=false",
                        "--vidguk.alerts.sweep-every=1h",
                        // Loading a million documents is set-up, not what is measured: no commit per insert.
                        "--vidguk.embedded.write-through=false",
                        "--logging.level.root=WARN",
                        "--logging.level.ua.vidguk.database=INFO"),
                Duration.ofSeconds(120));
        try {
            long loadStart = System.nanoTime();
            long stored = insert(databaseOf(log), ROWS);
            System.out.printf(
                    "%,d responses stored (%.1f s to load them); application heap limit -Xmx%s%n",
                    stored, (System.nanoTime() - loadStart) / 1e9, HEAP);

            System.out.println(
                    "| run | rows | bytes | first byte | total | rows/s | most heap in use | most heap live after a GC |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
            for (int run = 1; run <= RUNS; run++) {
                csvRun(port, run, stored);
            }
            if (!Boolean.getBoolean("csvOnly")) {
                jsonRun(port);
            }
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /** The bounded heap, and {@code -Dprofile=<file.jfr>} to record the application with Flight Recorder. */
    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx" + HEAP));
        String profile = System.getProperty("profile");
        if (profile != null) {
            options.add("-XX:StartFlightRecording=filename=" + profile + ",settings=profile");
        }
        return options;
    }

    private void csvRun(int port, int run, long expected) throws Exception {
        AtomicLong mostHeap = new AtomicLong();
        AtomicLong mostLive = new AtomicLong();
        Thread watcher = Thread.ofVirtual().start(() -> watchHeap(port, mostHeap, mostLive));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/responses?format=csv"))
                .header("Authorization", "Bearer " + ADMIN)
                .build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = System.nanoTime() - start;
        long lines = 0;
        long bytes = 0;
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                bytes += line.length() + 2;
            }
        }
        long total = System.nanoTime() - start;
        watcher.interrupt();
        watcher.join();
        if (response.statusCode() != 200 || lines - 1 != expected) {
            throw new AssertionError("Status " + response.statusCode() + ", " + (lines - 1) + " rows of " + expected);
        }
        System.out.printf(
                "| %d | %,d | %,d | %d ms | %.1f s | %,.0f | %,d MB | %,d MB |%n",
                run,
                lines - 1,
                bytes,
                firstByte / 1_000_000,
                total / 1e9,
                (lines - 1) / (total / 1e9),
                mostHeap.get() >> 20,
                mostLive.get() >> 20);
    }

    private void jsonRun(int port) throws Exception {
        long start = System.nanoTime();
        long items = 0;
        int pages = 0;
        String after = null;
        do {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/responses?limit=1000"
                            + (after == null ? "" : "&after=" + after)))
                    .header("Authorization", "Bearer " + ADMIN)
                    .build();
            JsonNode page = json.readTree(
                    http.send(request, HttpResponse.BodyHandlers.ofString()).body());
            items += page.path("items").size();
            pages++;
            after = page.path("next").isString() ? page.path("next").asString() : null;
        } while (after != null);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "JSON pages of 1,000: %,d items in %,d pages, %.1f s, %,.0f items/s%n",
                items, pages, seconds, items / seconds);
    }

    /**
     * Samples the application's own metrics until interrupted: the heap in use (garbage included,
     * so it nears the limit whatever the export holds) and what the last collection left alive.
     */
    private void watchHeap(int port, AtomicLong most, AtomicLong live) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                most.accumulateAndGet(metric(port, "jvm.memory.used?tag=area:heap"), Math::max);
                live.accumulateAndGet(metric(port, "jvm.gc.live.data.size"), Math::max);
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // a sample lost is no measurement lost
            }
        }
    }

    private long metric(int port, String name) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/metrics/" + name))
                .header("Authorization", "Bearer " + ADMIN)
                .build();
        JsonNode metric = json.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        return (long) metric.path("measurements").get(0).path("value").asDouble();
    }

    private static String databaseOf(Path log) throws IOException {
        Matcher found = Pattern.compile("embedded MongoDB-protocol server on (mongodb://[0-9.:]+)")
                .matcher(Files.readString(log));
        if (!found.find()) {
            throw new IllegalStateException("No database address in " + log);
        }
        return found.group(1);
    }

    /**
     * Responses as {@code conversation.ResponseStore} writes them, in batches of 10,000, unless a
     * kept store already holds them.
     *
     * @return how many responses are stored
     */
    private static long insert(String uri, int rows) {
        Random random = new Random(15);
        Instant yearAgo = Instant.parse("2025-12-01T00:00:00Z");
        try (var client = MongoClients.create(uri)) {
            var responses = client.getDatabase("vidguk").getCollection("responses");
            long stored = responses.estimatedDocumentCount();
            if (stored > 0) {
                return stored;
            }
            List<Document> batch = new ArrayList<>(10_000);
            for (int i = 0; i < rows; i++) {
                int centre = random.nextInt(CENTRES);
                Instant started = yearAgo.plusSeconds(random.nextInt(365 * 24 * 3600));
                int overall = 1 + random.nextInt(5);
                Document answers = new Document("overall", String.valueOf(overall))
                        .append("received", random.nextInt(10) == 0 ? "no" : "yes")
                        .append("waiting", String.valueOf(1 + random.nextInt(5)))
                        .append("friendliness", String.valueOf(1 + random.nextInt(5)))
                        .append("competence", String.valueOf(1 + random.nextInt(5)))
                        .append("premises", String.valueOf(1 + random.nextInt(5)))
                        .append("comment", random.nextInt(5) == 0 ? "Довго чекала в черзі, але все зробили" : "");
                batch.add(new Document("_id", id(random))
                        .append("surveyId", "cnap-visit")
                        .append("cnapCode", "C-%04d".formatted(centre))
                        .append("region", REGIONS.get(centre % REGIONS.size()))
                        .append("channel", "SMS")
                        .append("contact", "tel:+38067%07d".formatted(random.nextInt(10_000_000)))
                        .append("locale", "uk")
                        .append("outcome", "COMPLETED")
                        .append("answers", answers)
                        .append("negative", overall <= 2)
                        .append("startedAt", Date.from(started))
                        .append("endedAt", Date.from(started.plusSeconds(120 + random.nextInt(600))))
                        .append("_class", "ua.vidguk.conversation.ResponseStore$Response"));
                if (batch.size() == 10_000) {
                    responses.insertMany(batch, new InsertManyOptions().ordered(false));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                responses.insertMany(batch, new InsertManyOptions().ordered(false));
            }
            return responses.estimatedDocumentCount();
        }
    }

    private static String id(Random random) {
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
