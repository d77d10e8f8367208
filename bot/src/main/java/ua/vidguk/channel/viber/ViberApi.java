package ua.vidguk.channel.viber;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Viber's REST API, the two calls Vidguk makes. viber-bot's own client hard-codes Viber's address
 * and breaks with newer Guava, so this is a small {@link RestClient} on {@code vidguk.viber.api-url}
 * with one retry policy: "too many requests" (status 12), HTTP 5xx and a refused connection are
 * retried; a timeout is not, since Viber may have taken the message and a retry could send it twice.
 */
final class ViberApi {

    static final String AUTH_HEADER = "X-Viber-Auth-Token";
    /** Viber's status for "too many requests"; worth another try after a pause. */
    static final int TOO_MANY_REQUESTS = 12;
    /** Our own status for "no usable answer" (5xx after the retries, a proxy's page, no connection). */
    static final int NO_ANSWER = -1;

    private final RestClient http;
    private final RetryTemplate retries;
    private final ObjectMapper json = new ObjectMapper();

    ViberApi(ViberProperties properties) {
        this(properties, Objects.requireNonNull(properties.authToken(), "authToken"), null);
    }

    /** @param sandbox answers every call in-process instead of sending it (the sandbox's Viber) */
    ViberApi(ViberProperties properties, String authToken, @Nullable ClientHttpRequestInterceptor sandbox) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(10));
        var builder = RestClient.builder()
                .baseUrl(properties.apiUrl().toString().replaceAll("/+$", ""))
                .requestFactory(requests)
                .defaultHeader(AUTH_HEADER, authToken);
        if (sandbox != null) {
            builder.requestInterceptor(sandbox);
        }
        this.http = builder.build();
        ViberProperties.Retry retry = properties.retry();
        this.retries = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(retry.maxRetries())
                .delay(retry.delay())
                .multiplier(retry.multiplier())
                .maxDelay(retry.maxDelay())
                .predicate(ViberApi::worthRetrying)
                .build());
    }

    /** Viber's answer: {@code status} 0 is success; {@code messageToken} is set for sent messages. */
    record Answer(
            int status, String statusMessage, @Nullable String messageToken) {

        boolean ok() {
            return status == 0;
        }
    }

    Answer sendMessage(Map<String, Object> body) {
        return call("/send_message", body);
    }

    Answer setWebhook(Map<String, Object> body) {
        return call("/set_webhook", body);
    }

    private Answer call(String path, Map<String, Object> body) {
        try {
            return retries.execute(() -> attempt(path, body));
        } catch (RetryException e) {
            if (e.getCause() instanceof Busy busy) {
                return busy.answer;
            }
            return new Answer(NO_ANSWER, String.valueOf(e.getCause()), null);
        }
    }

    private Answer attempt(String path, Map<String, Object> body) {
        String text;
        try {
            text = http.post()
                    .uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(body))
                    .retrieve()
                    .body(String.class);
        } catch (RestClientResponseException e) {
            var answer = new Answer(NO_ANSWER, "HTTP " + e.getStatusCode().value(), null);
            if (e.getStatusCode().is5xxServerError()) {
                throw new Busy(answer);
            }
            return answer;
        }
        Answer answer = parse(text);
        if (answer.status() == TOO_MANY_REQUESTS) {
            throw new Busy(answer);
        }
        return answer;
    }

    private Answer parse(@Nullable String text) {
        try {
            JsonNode node = json.readTree(text == null ? "" : text);
            if (!node.has("status")) {
                return new Answer(NO_ANSWER, "an answer without a status", null);
            }
            JsonNode token = node.get("message_token");
            return new Answer(
                    node.get("status").asInt(NO_ANSWER),
                    node.path("status_message").asString(""),
                    token == null || token.isNull() ? null : token.asString());
        } catch (RuntimeException notJson) {
            return new Answer(NO_ANSWER, "an answer that is not JSON", null);
        }
    }

    private static boolean worthRetrying(Throwable failure) {
        return failure instanceof Busy
                || (failure instanceof ResourceAccessException && failure.getCause() instanceof ConnectException);
    }

    /** Carries a busy or failing answer through the retry template. */
    private static final class Busy extends RuntimeException {

        private final transient Answer answer;

        Busy(Answer answer) {
            super("Viber answered " + answer.status() + " " + answer.statusMessage(), null, false, false);
            this.answer = answer;
        }
    }
}
