package ua.vidguk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.StartedApplication;
import ua.vidguk.conversation.CheapTwilio;

/**
 * Dispatch throughput on the embedded database: invitations due now, sent through Twilio's API
 * faked on the JDK's HTTP server. After an untimed warm-up of {@code WARM_UP} invitations (the
 * JIT compiles the hot paths; a production instance runs for weeks), three phases: unlimited; a campaign limited to {@code RATE}
 * SMS a second (achieved rate, and the most SMS that arrived in any one-second window); unlimited
 * again with {@code WAITING} further entries queued for next month. Visits enter through the CSV
 * import and campaigns through the API (untimed); each timed phase runs dispatcher passes back to
 * back until nothing is due, as the Quartz tick would with no pause. See docs/benchmarks.md.
 */
@Tag("benchmark")
class DispatchBenchmark {

    static final int WARM_UP = Integer.getInteger("warmup", 10_000);
    static final int INVITATIONS = Integer.getInteger("invitations", 100_000);
    static final int LIMITED = Integer.getInteger("limited", 1_500);
    static final int RATE = Integer.getInteger("rate", 50);
    static final int WAITING = Integer.getInteger("waiting", 1_000_000);
    static final String ADMIN = "benchmark-admin-token-0123456789";

    @TempDir
    Path data;

    @Test
    void measureDispatch() throws Exception {
        try (var twilio = new CheapTwilio();
                var app = StartedApplication.start(
                        "--vidguk.data-dir=" + data,
                        "--vidguk.admin-token=" + ADMIN,
                        "--vidguk.dispatch.enabled=false",
                        "--vidguk.twilio.account-sid=" + CheapTwilio.ACCOUNT_SID,
                        "--vidguk.twilio.auth-token=benchmark-twilio-token",
                        "--vidguk.twilio.from=+15005550006",
                        "--vidguk.twilio.api-url=" + twilio.baseUrl())) {
            var api = app.client(ADMIN);
            var dispatcher = app.context().getBean(Dispatcher.class);
            var mongo = app.context().getBean(MongoTemplate.class);
            centres(api, "BD-WARM", "BD-FREE", "BD-RATE", "BD-WAIT");
            campaign(api, "BD-WARM", null);
            campaign(api, "BD-FREE", null);
            campaign(api, "BD-RATE", RATE);
            campaign(api, "BD-WAIT", null);
            System.out.printf(
                    "%,d invitations to warm up; %,d unlimited; %,d at %d/s; then %,d unlimited with %,d more waiting"
                            + " for next month%n",
                    WARM_UP, INVITATIONS, LIMITED, RATE, INVITATIONS, WAITING);
            System.out.println("phase                  invitations  seconds  invitations/s  CPU ms/invitation");

            // Untimed, so that the phases measure compiled code rather than the JIT at work.
            visits(api, "BD-WARM", 3_000_000, WARM_UP);
            drain(dispatcher, twilio);

            visits(api, "BD-FREE", 0, INVITATIONS);
            var free = drain(dispatcher, twilio);
            print("unlimited", free);

            visits(api, "BD-RATE", 1_000_000, LIMITED);
            twilio.forgetArrivals();
            var limited = drain(dispatcher, twilio);
            var arrivals = twilio.arrivals();
            double achieved = (arrivals.size() - 1) / ((arrivals.getLast() - arrivals.getFirst()) / 1e9);
            print("limited to " + RATE + "/s", limited);
            System.out.printf(
                    "  achieved %.2f/s (%.1f%% of %d), most in any one-second window: %d%n",
                    achieved, 100 * achieved / RATE, RATE, mostInOneSecond(arrivals));

            queueForNextMonth(mongo, WAITING);
            visits(api, "BD-WAIT", 2_000_000, INVITATIONS);
            var waiting = drain(dispatcher, twilio);
            print("unlimited, 1M waiting", waiting);
            System.out.printf("  rate kept: %.0f%% of the first phase%n", 100 * waiting.perSecond() / free.perSecond());

            assertThat(free.count()).isEqualTo(INVITATIONS);
            assertThat(limited.count()).isEqualTo(LIMITED);
            assertThat(waiting.count()).isEqualTo(INVITATIONS);
        }
    }

    record Phase(long count, long nanos, long cpuNanos) {
        double perSecond() {
            return count / (nanos / 1e9);
        }
    }

    static Phase drain(Dispatcher dispatcher, CheapTwilio twilio) {
        long before = twilio.sent();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        while (dispatcher.dispatchDue() > 0) {
            // back to back, as a tick with no pause
        }
        return new Phase(twilio.sent() - before, System.nanoTime() - start, cpuNanos() - cpu);
    }

    static int mostInOneSecond(List<Long> arrivals) {
        int most = 0;
        int first = 0;
        for (int last = 0; last < arrivals.size(); last++) {
            while (arrivals.get(last) - arrivals.get(first) >= 1_000_000_000L) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    static void print(String phase, Phase result) {
        System.out.printf(
                "%-22s %11d  %7.1f  %13.0f  %17.2f%n",
                phase,
                result.count(),
                result.nanos() / 1e9,
                result.perSecond(),
                result.cpuNanos() / 1e6 / result.count());
    }

    /** Entries that wait for next month, written straight into the queue as Scheduling would. */
    static void queueForNextMonth(MongoTemplate mongo, int count) {
        long due = Instant.now().plusSeconds(30L * 24 * 3600).toEpochMilli();
        var queue = mongo.getCollection("due_queue");
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String work = "next-month-" + i;
            batch.add(new Document("_id", String.format("%015d|%s", due + i, work))
                    .append("work", work)
                    .append("dueAt", java.util.Date.from(Instant.ofEpochMilli(due + i)))
                    .append("state", "WAITING"));
            if (batch.size() == 10_000) {
                queue.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            queue.insertMany(batch);
        }
    }

    static void centres(RestTestClient api, String... codes) {
        List<Map<String, String>> centres = new ArrayList<>();
        for (String code : codes) {
            centres.add(Map.of("code", code, "name", "ЦНАП " + code, "region", "UA-46", "city", "Львів"));
        }
        api.put()
                .uri("/api/v1/cnaps")
                .contentType(MediaType.APPLICATION_JSON)
                .body(centres)
                .exchange()
                .expectStatus()
                .isOk();
    }

    static void campaign(RestTestClient api, String centre, Integer rate) {
        var body = new java.util.HashMap<String, Object>(Map.of(
                "name",
                "Benchmark " + centre,
                "cnapCodes",
                List.of(centre),
                "delayAfterVisit",
                "PT0S",
                "noRepeatDays",
                0,
                "sendWindow",
                Map.of("opens", "00:00", "closes", "23:59:59"),
                "endsAt",
                Instant.now().plusSeconds(90L * 24 * 3600).toString()));
        if (rate != null) {
            body.put("ratePerSecond", Map.of("SMS", rate));
        }
        api.post()
                .uri("/api/v1/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {});
    }

    static void visits(RestTestClient api, String centre, int firstPhone, int count) {
        var csv = new StringBuilder("externalId,cnapCode,phone,visitedAt\n");
        String visitedAt = Instant.now().minusSeconds(60).toString();
        for (int i = 0; i < count; i++) {
            csv.append(centre)
                    .append('-')
                    .append(i)
                    .append(',')
                    .append(centre)
                    .append(",067")
                    .append(firstPhone + i + 1_000_000)
                    .append(',')
                    .append(visitedAt)
                    .append('\n');
        }
        var report = api.post()
                .uri("/api/v1/visits/import")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(csv.toString())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        assertThat(report).containsEntry("accepted", count);
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
