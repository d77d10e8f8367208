package ua.vidguk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.vidguk.ConsoleSession;
import ua.vidguk.VidgukIntegrationTest;

/** The console's sign-in as a browser does it: a session cookie, and CSRF tokens on every form. */
@VidgukIntegrationTest
class ConsoleSignInIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void withoutSigningInThePagesSendToTheSignInPage() throws Exception {
        var browser = new ConsoleSession(port);
        var home = browser.get("/");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in"));
        assertThat(browser.get("/console/phone").statusCode()).isEqualTo(302);
    }

    @Test
    void theAdminTokenSignsInAndTheConsoleShowsTheSandboxChannels() throws Exception {
        var browser = new ConsoleSession(port);
        var signedIn = browser.signIn(VidgukIntegrationTest.ADMIN_TOKEN);

        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        var home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Консоль", "SMS: пісочниця", "Viber: пісочниця", "Telegram: пісочниця");
    }

    @Test
    void aWrongTokenDoesNotSignIn() throws Exception {
        var browser = new ConsoleSession(port);
        var refused = browser.signIn("not-the-admin-token-at-all");

        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?error"));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedEvenWhenSignedIn() throws Exception {
        var browser = new ConsoleSession(port);
        browser.signIn(VidgukIntegrationTest.ADMIN_TOKEN);

        var posted = browser.post(
                "/console/phone/write", null, Map.of("phone", "+380501234567", "channel", "SMS", "text", "5"));

        assertThat(posted.statusCode()).isEqualTo(403);
    }

    @Test
    void theConsolesSessionDoesNotOpenTheBearerApi() throws Exception {
        var browser = new ConsoleSession(port);
        browser.signIn(VidgukIntegrationTest.ADMIN_TOKEN);

        assertThat(browser.get("/api/v1/campaigns").statusCode()).isEqualTo(401);
    }
}
