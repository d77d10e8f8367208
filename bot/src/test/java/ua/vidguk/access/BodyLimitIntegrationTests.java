package ua.vidguk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.vidguk.VidgukIntegrationTest;

/**
 * Bodies larger than an endpoint takes are refused with 413 before they are read. Spoken over a
 * raw socket, because the point is what happens while the client is still sending.
 */
@VidgukIntegrationTest
class BodyLimitIntegrationTests {

    static final long GIGABYTE = 1L << 30;
    static final int WEBHOOK_LIMIT = 64 * 1024;

    @LocalServerPort
    int port;

    @Test
    void aStreamedGigabyteToAWebhookGets413AndTheHeapBarelyGrows() throws Exception {
        long heapBefore = heapAfterGc();
        resetPeaks();

        var answer = post("/webhooks/viber", "application/json", null, GIGABYTE);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.sent()).as("bytes the server let in before closing").isLessThan(50L << 20);
        assertThat(peakHeap() - heapBefore).as("heap growth").isLessThan(50L << 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/webhooks/telegram", "/webhooks/viber", "/webhooks/twilio/status"})
    void aDeclaredGigabyteToAnyWebhookGets413Unread(String path) throws Exception {
        var answer = post(path, "application/json", GIGABYTE, GIGABYTE);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.sent()).isLessThan(50L << 20);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aWebhookBodyJustOverItsLimitGets413AndOneWithinItIsHeard(boolean declared) throws Exception {
        long over = WEBHOOK_LIMIT + 1;
        assertThat(post("/webhooks/telegram", "application/json", declared ? over : null, over)
                        .status())
                .isEqualTo(413);

        long within = WEBHOOK_LIMIT;
        // Heard: the webhook itself answers (403, since the body carries no secret), not the limit.
        assertThat(post("/webhooks/telegram", "application/json", declared ? within : null, within)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aJsonBatchOverTenMegabytesGets413BeforeTheTokenIsChecked() throws Exception {
        long over = (10L << 20) + 1;

        assertThat(post("/api/v1/visits", "application/json", null, over).status())
                .isEqualTo(413);
        assertThat(post("/api/v1/visits", "application/json", over, over).status())
                .isEqualTo(413);
    }

    @Test
    void aConsolePostOverItsLimitGets413() throws Exception {
        long over = WEBHOOK_LIMIT + 1;

        assertThat(post("/console/visit", "application/x-www-form-urlencoded", over, over)
                        .status())
                .isEqualTo(413);
    }

    @Test
    void theCsvImportIsStreamedAndHasNoLimit() throws Exception {
        long large = 12L << 20;

        // Without a token the import is refused, but only after the limit would have struck.
        assertThat(post("/api/v1/visits/import", "text/csv", large, large).status())
                .isEqualTo(401);
    }

    /** What the server answered, and how much of the body it took before it did. */
    record Answer(int status, long sent) {}

    /**
     * Posts {@code size} bytes of spaces, declared with a Content-Length or chunked when {@code
     * declared} is null, and stops sending when the server has answered or closed the connection.
     */
    Answer post(String path, String type, Long declared, long size) throws Exception {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type + "\r\n"
                            + (declared == null
                                    ? "Transfer-Encoding: chunked\r\n"
                                    : "Content-Length: " + declared + "\r\n")
                            + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            var sent = new AtomicLong();
            var status = CompletableFuture.supplyAsync(() -> statusLine(socket));
            byte[] chunk = " ".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
            try {
                while (sent.get() < size && !status.isDone()) {
                    int length = (int) Math.min(chunk.length, size - sent.get());
                    if (declared == null) {
                        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(chunk, 0, length);
                    if (declared == null) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sent.addAndGet(length);
                }
                if (declared == null && !status.isDone()) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedByServer) {
                // The server answered and closed the connection while the body was still coming.
            }
            return new Answer(status.get(30, TimeUnit.SECONDS), sent.get());
        }
    }

    static int statusLine(Socket socket) {
        try {
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(line.split(" ")[1]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    static long heapAfterGc() {
        System.gc();
        return heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeap() {
        return heapPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
