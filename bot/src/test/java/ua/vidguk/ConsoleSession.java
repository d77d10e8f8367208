package ua.vidguk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript on the console: a cookie jar, and the CSRF token read from pages. */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public ConsoleSession(int port) {
        this.port = port;
    }

    /** With the admin token: the form's email left empty. */
    public HttpResponse<String> signIn(String token) throws IOException, InterruptedException {
        return post("/sign-in", csrf("/sign-in"), Map.of("who", "", "token", token));
    }

    /** With an account's email and password. */
    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        return post("/sign-in", csrf("/sign-in"), Map.of("who", email, "token", password));
    }

    /** The CSRF token a page's forms carry. */
    public String csrf(String page) throws IOException, InterruptedException {
        var matcher = CSRF.matcher(get(page).body());
        assertThat(matcher.find()).as("a CSRF field on " + page).isTrue();
        return matcher.group(1);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file, as bytes (a PDF, a ZIP). */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** @param csrf the token, or null to post without one */
    public HttpResponse<String> post(String path, String csrf, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        if (csrf != null) {
            body += "&_csrf=" + encode(csrf);
        }
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
