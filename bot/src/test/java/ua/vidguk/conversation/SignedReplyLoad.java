package ua.vidguk.conversation;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import ua.vidguk.channel.sms.TwilioWebhooks;

/**
 * Twilio's side of many conversations at once: each contact's replies, signed as Twilio signs them
 * and built before the clock starts, posted by concurrent clients that each take the next contact
 * and send its replies one after another, so that contacts interleave and a contact's replies
 * never race.
 */
record SignedReplyLoad(HttpClient http, int clients) {

    static final String TO = "+15005550006";

    /** The requests of contacts first..first+count-1, one list per contact, in survey order. */
    static List<List<HttpRequest>> requests(String baseUrl, String path, int first, int count, List<String> answers) {
        var contacts = new ArrayList<List<HttpRequest>>(count);
        for (int i = first; i < first + count; i++) {
            var replies = new ArrayList<HttpRequest>(answers.size());
            for (int r = 0; r < answers.size(); r++) {
                Map<String, String> form = Map.of(
                        "MessageSid", "SMin%08d%02d".formatted(i, r),
                        "AccountSid", FakeTwilio.SID,
                        "From", phone(i),
                        "To", TO,
                        "Body", answers.get(r));
                String body = form.entrySet().stream()
                        .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), UTF_8))
                        .collect(Collectors.joining("&"));
                replies.add(HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Twilio-Signature", TwilioWebhooks.sign(TwilioWebhooks.PUBLIC_BASE_URL, path, form))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
            }
            contacts.add(replies);
        }
        return contacts;
    }

    static String phone(int contact) {
        return "+38067" + (1_000_000 + contact);
    }

    Run post(List<List<HttpRequest>> contacts) throws Exception {
        int each = contacts.getFirst().size();
        long[] latencies = new long[contacts.size() * each];
        var next = new AtomicInteger();
        var ok = new AtomicInteger();
        var resent = new AtomicInteger();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var done = new ArrayList<Future<Void>>();
            for (int c = 0; c < clients; c++) {
                done.add(threads.submit((Callable<Void>) () -> {
                    for (int i; (i = next.getAndIncrement()) < contacts.size(); ) {
                        for (int r = 0; r < each; r++) {
                            long sent = System.nanoTime();
                            int status = send(contacts.get(i).get(r), resent);
                            latencies[i * each + r] = System.nanoTime() - sent;
                            if (status == 200) {
                                ok.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (var client : done) {
                client.get();
            }
        }
        long wall = System.nanoTime() - start;
        Arrays.sort(latencies);
        return new Run(wall, processCpuNanos() - cpu, latencies, ok.get(), resent.get());
    }

    /**
     * Posts again when the connection fails, as Twilio redelivers: the JDK client does not retry a
     * POST itself, and now and then a kept-alive connection closes under it. The latency counted is
     * the whole exchange, resends included.
     */
    private int send(HttpRequest request, AtomicInteger resent) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return http.send(request, BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException e) {
                if (attempt == 3) {
                    throw e;
                }
                resent.incrementAndGet();
            }
        }
    }

    /** The whole JVM's CPU time: application, clients and fake Twilio share it, as they share the cores. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** @param latencies sorted, in nanoseconds */
    record Run(long wallNanos, long cpuNanos, long[] latencies, int ok, int resent) {

        int requests() {
            return latencies.length;
        }

        double perSecond() {
            return requests() / (wallNanos / 1e9);
        }

        double cpuMillisPerRequest() {
            return cpuNanos / 1e6 / requests();
        }

        double millis(double quantile) {
            return latencies[(int) Math.ceil(quantile * requests()) - 1] / 1e6;
        }
    }
}
