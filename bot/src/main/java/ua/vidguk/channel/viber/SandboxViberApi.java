package ua.vidguk.channel.viber;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import ua.vidguk.channel.sandbox.SandboxButton;
import ua.vidguk.channel.sandbox.SandboxMessage;
import ua.vidguk.channel.sandbox.Transcript;

/**
 * Viber's REST API in-process, for the Viber sandbox: an interceptor of the real {@link ViberApi}'s
 * client that answers instead of sending, so the sender and its retries run unchanged. {@code
 * send_message} is kept in the transcript under the receiver and answered with a message token;
 * anything else (set_webhook) is answered {@code ok}.
 */
final class SandboxViberApi implements ClientHttpRequestInterceptor {

    private static final int COLUMNS = 6;

    private final Transcript transcript;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong tokens = new AtomicLong(5_000_000_000_000_000_000L);

    SandboxViberApi(Transcript transcript, Clock clock) {
        this.transcript = transcript;
        this.clock = clock;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
        String answer = "{\"status\":0,\"status_message\":\"ok\"}";
        if (request.getURI().getPath().endsWith("/send_message")) {
            JsonNode call = json.readTree(body);
            long token = tokens.incrementAndGet();
            transcript.add(call.path("receiver").asString(), shown(call, Long.toString(token), clock.instant()));
            answer = "{\"status\":0,\"status_message\":\"ok\",\"message_token\":" + token
                    + ",\"chat_hostname\":\"SN-SANDBOX\"}";
        }
        return new Answer(answer);
    }

    /** A message body (send_message's, or the welcome message) as a Viber user sees it. */
    static SandboxMessage shown(JsonNode body, String id, Instant at) {
        List<List<SandboxButton>> rows = new ArrayList<>();
        List<SandboxButton> row = new ArrayList<>();
        int used = 0;
        for (JsonNode button : body.path("keyboard").path("Buttons")) {
            int columns = button.path("Columns").asInt(COLUMNS);
            if (used + columns > COLUMNS && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            var kind = "share-phone".equals(button.path("ActionType").asString(""))
                    ? SandboxButton.Kind.SHARE_PHONE
                    : SandboxButton.Kind.ANSWER;
            row.add(new SandboxButton(
                    button.path("Text").asString(""), button.path("ActionBody").asString(""), kind));
            used += columns;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return new SandboxMessage(id, false, body.path("text").asString(""), rows, at);
    }

    /** Viber answers every call 200 with a JSON status. */
    private record Answer(String body) implements ClientHttpResponse {

        @Override
        public HttpStatusCode getStatusCode() {
            return HttpStatus.OK;
        }

        @Override
        public String getStatusText() {
            return "OK";
        }

        @Override
        public HttpHeaders getHeaders() {
            var headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            return headers;
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {}
    }
}
