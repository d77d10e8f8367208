package ua.vidguk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import ua.vidguk.ConsoleSession;
import ua.vidguk.MutableClock;
import ua.vidguk.VidgukIntegrationTest;

/**
 * Guessing a token costs time: after three wrong tokens from one address (the limit set here) the
 * next attempt waits, even with the right token. One context of its own, since every test calls
 * from 127.0.0.1, with a clock each test moves past the window an earlier test left.
 */
@VidgukIntegrationTest
@TestPropertySource(properties = {"vidguk.sign-in.max-failures=3", "vidguk.sign-in.window=15m"})
@ExtendWith(OutputCaptureExtension.class)
class WrongTokenThrottleIntegrationTests {

    static final String WRONG = "wrong-token-guess-0123456789";

    static final Duration WINDOW = Duration.ofMinutes(15);

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    // Not RestTestClient: its Apache client would sleep through a Retry-After before answering.
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startAfterTheLastWindow() {
        clock.advance(WINDOW);
    }

    @Test
    void wrongBearerTokensBeyondTheLimitGet429WithRetryAfterAndAreLoggedWithoutTheToken(CapturedOutput log)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/v1/cnaps", WRONG).statusCode()).isEqualTo(401);
        }

        var refused = get("/api/v1/cnaps", VidgukIntegrationTest.ADMIN_TOKEN);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue(HttpHeaders.RETRY_AFTER))
                .hasValue(Long.toString(WINDOW.toSeconds() + 1));
        assertThat(log.getOut()).contains("Wrong bearer token from ").doesNotContain(WRONG);

        clock.advance(WINDOW);
        assertThat(get("/api/v1/cnaps", VidgukIntegrationTest.ADMIN_TOKEN).statusCode())
                .isEqualTo(200);
    }

    @Test
    void wrongConsoleSignInsBeyondTheLimitGet429AndTheRightTokenWorksAfterTheWindow(CapturedOutput log)
            throws Exception {
        var browser = new ConsoleSession(port);
        for (int i = 0; i < 3; i++) {
            assertThat(browser.signIn(WRONG).headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?error"));
        }

        var refused = browser.signIn(VidgukIntegrationTest.ADMIN_TOKEN);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue(HttpHeaders.RETRY_AFTER)).isPresent();
        assertThat(refused.body()).contains("Забагато невдалих спроб");
        assertThat(log.getOut()).contains("Wrong console sign-in from ").doesNotContain(WRONG);

        clock.advance(WINDOW);
        assertThat(browser.signIn(VidgukIntegrationTest.ADMIN_TOKEN).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/"));
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
