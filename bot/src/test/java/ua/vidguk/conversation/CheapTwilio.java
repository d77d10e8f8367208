package ua.vidguk.conversation;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Twilio's Messages API for load: accepts every SMS with a fresh SID and only counts it. The JDK's
 * HTTP server on virtual threads, so that the fake costs far less than the application it answers
 * (WireMock, which keeps and matches every request, would be measured along with it).
 */
public final class CheapTwilio implements AutoCloseable {

    public static final String ACCOUNT_SID = FakeTwilio.SID;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicLong sent = new AtomicLong();
    private final java.util.Queue<Long> arrivals = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public CheapTwilio() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(threads);
        server.createContext(FakeTwilio.MESSAGES, exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                arrivals.add(System.nanoTime());
                byte[] body =
                        ("{\"sid\":\"SM%032x\",\"account_sid\":\"%s\",\"status\":\"queued\",\"direction\":\"outbound-api\"}"
                                        .formatted(sent.incrementAndGet(), FakeTwilio.SID))
                                .getBytes(UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(201, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** SMS accepted so far. */
    public long sent() {
        return sent.get();
    }

    /** When each SMS arrived ({@link System#nanoTime()}), oldest first; cleared by {@link #forgetArrivals}. */
    public java.util.List<Long> arrivals() {
        return arrivals.stream().sorted().toList();
    }

    public void forgetArrivals() {
        arrivals.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.close();
    }
}
