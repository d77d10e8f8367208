package ua.vidguk.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * A phone's browser as the web survey meets it: keeps its cookies, follows no redirect by itself
 * (the tests look at each one), and sends forms as a browser does. Public for the tests of other
 * features that a visitor reaches in the browser (an invitation continued from its link).
 */
public final class SurveyBrowser {

    private static final Pattern STEP = Pattern.compile("name=\"step\" value=\"(\\d+)\"");
    private static final Pattern BROWSER = Pattern.compile("name=\"browser\" value=\"([^\"]+)\"");
    private static final Pattern RADIO = Pattern.compile("type=\"radio\" name=\"answer\" value=\"([a-z0-9-]+)\"");

    private final String base;
    private final HttpClient http;

    public SurveyBrowser(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public record Page(int status, String location, String html, String retryAfter) {

        /** The step the form carries. */
        public long step() {
            return Long.parseLong(find(STEP));
        }

        String browser() {
            return find(BROWSER);
        }

        /** The answers a choice offers, as their form values. */
        java.util.List<String> choices() {
            return RADIO.matcher(html).results().map(m -> m.group(1)).toList();
        }

        public String text() {
            return HtmlUtils.htmlUnescape(html);
        }

        private String find(Pattern pattern) {
            Matcher matcher = pattern.matcher(html);
            if (!matcher.find()) {
                throw new AssertionError("No " + pattern + " on the page:\n" + html);
            }
            return matcher.group(1);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Begins a centre's survey from its QR code's page: the survey's path ({@code /v/<token>}). */
    String begin(String code) {
        Page intro = get("/c/" + code);
        Page started = post("/c/" + code, Map.of("browser", intro.browser()));
        if (started.status() != 303 || !started.location().startsWith("/v/")) {
            throw new AssertionError("The start went to " + started);
        }
        return started.location();
    }

    /** Answers the question the survey's page shows now: a choice's value, or a comment's text. */
    public Page answer(String path, String answer) {
        Page page = get(path);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("step", Long.toString(page.step()));
        form.put(page.choices().isEmpty() ? "text" : "answer", answer);
        return post(path, form);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(""),
                    response.body(),
                    response.headers().firstValue("Retry-After").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
