package ua.vidguk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.vidguk.VidgukIntegrationTest;

/** The console's sign-in as a browser does it: a session cookie, and CSRF tokens on every form. */
@VidgukIntegrationTest
class ConsoleSignInIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void withoutSigningInThePagesSendToTheSignInPage() throws Exception {
        var home = get("/");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in"));
        assertThat(get("/console/phone").statusCode()).isEqualTo(302);
    }

    @Test
    void theAdminTokenSignsInAndTheConsoleShowsTheSandboxChannels() throws Exception {
        var signedIn = signIn(VidgukIntegrationTest.ADMIN_TOKEN);

        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        var home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Консоль", "SMS: пісочниця", "Viber: пісочниця", "Telegram: пісочниця");
    }

    @Test
    void aWrongTokenDoesNotSignIn() throws Exception {
        var refused = signIn("not-the-admin-token-at-all");

        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?error"));
        assertThat(get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedEvenWhenSignedIn() throws Exception {
        signIn(VidgukIntegrationTest.ADMIN_TOKEN);

        var posted = post("/console/phone/write", "phone=%2B380501234567&channel=SMS&text=5");

        assertThat(posted.statusCode()).isEqualTo(403);
    }

    @Test
    void theConsolesSessionDoesNotOpenTheBearerApi() throws Exception {
        signIn(VidgukIntegrationTest.ADMIN_TOKEN);

        assertThat(get("/api/v1/campaigns").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> signIn(String token) throws IOException, InterruptedException {
        var page = get("/sign-in");
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        return post("/sign-in", "_csrf=" + encode(csrf.group(1)) + "&who=coordinator&token=" + encode(token));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
