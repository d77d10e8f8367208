package ua.vidguk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.Centres;
import ua.vidguk.StartedApplication;
import ua.vidguk.VidgukIntegrationTest;

/**
 * Completed web surveys per second over HTTP on the embedded database, and the server time of the
 * survey's pages: each client is a phone that opens a centre's QR page, starts, and answers a
 * positive survey page by page (GET the question, POST the answer, follow the redirect), up to the
 * thank-you. Run: see docs/benchmarks.md.
 */
@Tag("benchmark")
class WebSurveyBenchmark {

    static final int SURVEYS = Integer.getInteger("surveys", 2_000);
    static final int WARM_UP = Integer.getInteger("warmUpSurveys", 500);
    static final int CLIENTS = Integer.getInteger("clients", 16);
    /** overall, received, waiting, friendliness, competence, premises; the comment skipped. */
    static final List<String> ANSWERS = List.of("5", "yes", "5", "5", "4", "5");

    static final Pattern STEP = Pattern.compile("name=\"step\" value=\"(\\d+)\"");
    static final Pattern BROWSER = Pattern.compile("name=\"browser\" value=\"([^\"]+)\"");
    static final String CNAP = "WBENCH-1";

    @TempDir
    Path data;

    @Test
    void measureWebSurveys() throws Exception {
        try (var app = StartedApplication.start(
                "--vidguk.data-dir=" + data,
                "--vidguk.admin-token=" + VidgukIntegrationTest.ADMIN_TOKEN,
                // Every client of the benchmark is one address; the limit is still asked each start.
                "--vidguk.limits.web-per-hour=1000000000")) {
            int port = Integer.parseInt(app.context().getEnvironment().getProperty("local.server.port"));
            Centres.register(port, CNAP, "UA-32", "Біла Церква");
            var http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            String base = "http://localhost:" + port;
            run(http, base, WARM_UP);
            var timings = run(http, base, SURVEYS);
            long completed = app.context()
                    .getBean(MongoTemplate.class)
                    .getCollection("responses")
                    .countDocuments();
            assertThat(completed).isEqualTo(WARM_UP + SURVEYS);
            System.out.printf(
                    "%,d web surveys by %d clients after a warm-up of %,d: %.1f completed surveys/s;"
                            + " question page (GET) p50 %.1f ms, p99 %.1f ms; answer (POST) p50 %.1f ms, p99 %.1f ms%n",
                    SURVEYS,
                    CLIENTS,
                    WARM_UP,
                    SURVEYS / timings.seconds(),
                    percentile(timings.pages(), 50),
                    percentile(timings.pages(), 99),
                    percentile(timings.answers(), 50),
                    percentile(timings.answers(), 99));
        }
    }

    record Timings(double seconds, List<Long> pages, List<Long> answers) {}

    private static Timings run(HttpClient http, String base, int surveys) throws Exception {
        var pages = new ConcurrentLinkedQueue<Long>();
        var answers = new ConcurrentLinkedQueue<Long>();
        var left = new AtomicInteger(surveys);
        long start = System.nanoTime();
        try (var clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                running.add(clients.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        survey(http, base, pages, answers);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        }
        return new Timings((System.nanoTime() - start) / 1e9, new ArrayList<>(pages), new ArrayList<>(answers));
    }

    private static void survey(
            HttpClient http, String base, ConcurrentLinkedQueue<Long> pages, ConcurrentLinkedQueue<Long> answers)
            throws Exception {
        String intro = send(http, get(base + "/c/" + CNAP), pages).body();
        var started = send(http, post(base + "/c/" + CNAP, "browser=" + find(BROWSER, intro)), answers);
        String survey = base + started.headers().firstValue("Location").orElseThrow();
        for (String answer : ANSWERS) {
            String page = send(http, get(survey), pages).body();
            send(http, post(survey, "step=" + find(STEP, page) + "&answer=" + answer), answers);
        }
        String comment = send(http, get(survey), pages).body();
        send(http, post(survey, "step=" + find(STEP, comment) + "&skip=1"), answers);
        String thanks = send(http, get(survey), pages).body();
        if (!thanks.contains("Дякуємо за ваш відгук")) {
            throw new AssertionError("No thank-you at the end:\n" + thanks);
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request, ConcurrentLinkedQueue<Long> into)
            throws Exception {
        long start = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        into.add(System.nanoTime() - start);
        return response;
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No " + pattern + " in:\n" + html);
        }
        return matcher.group(1);
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
