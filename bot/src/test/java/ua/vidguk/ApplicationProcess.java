package ua.vidguk;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Vidguk as a JVM of its own, on the test classpath, for tests that must kill it ({@code kill -9}
 * or a halt) rather than stop it. Started like an operator starts it, with command-line arguments.
 */
public final class ApplicationProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ApplicationProcess() {}

    /**
     * Starts the application and waits until its health check answers.
     *
     * @param log where the process writes its output
     */
    public static Process start(int port, Path log, List<String> arguments, Duration within) throws IOException {
        return start(port, log, List.of(), arguments, within);
    }

    /**
     * Starts the application with options for its JVM (a bounded heap, say) and waits until its
     * health check answers.
     */
    public static Process start(int port, Path log, List<String> jvmOptions, List<String> arguments, Duration within)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                VidgukApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(100)).until(() -> healthy(port));
            return process;
        } catch (ConditionTimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("The application did not start; see " + log, e);
        }
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean healthy(int port) throws InterruptedException {
        try {
            var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .build();
            return HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }
}
