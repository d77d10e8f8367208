package ua.vidguk.channel.viber;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Viber's callbacks. Each call is checked in this order: signature over the raw body (403), JSON
 * (400); then the event is handled, and anything Vidguk does not use is answered 200 at once.
 *
 * <p>Parsed with Jackson 3 rather than viber-bot's {@code Request.fromJsonString}: that one throws
 * when a user object lacks {@code country}, {@code language} or {@code api_version}, which Viber
 * leaves out for some users, so every field would need a fallback anyway.
 */
@RestController
class ViberWebhookController {

    static final String PATH = "/webhooks/viber";
    static final String SIGNATURE = "X-Viber-Content-Signature";

    private static final Logger log = LoggerFactory.getLogger(ViberWebhookController.class);

    private final ViberSignature signature;
    private final ViberCallbacks callbacks;
    private final ObjectMapper json = new ObjectMapper();

    ViberWebhookController(ViberSignature signature, ViberCallbacks callbacks) {
        this.signature = signature;
        this.callbacks = callbacks;
    }

    @PostMapping(PATH)
    ResponseEntity<?> callback(
            @RequestBody(required = false) byte @Nullable [] raw,
            @RequestHeader(name = SIGNATURE, required = false) @Nullable String signed) {
        String body = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        if (!signature.verifies(body, signed)) {
            log.warn("Refused a call to {} that Viber did not sign (or that cannot be checked here)", PATH);
            throw problem(HttpStatus.FORBIDDEN, "The " + SIGNATURE + " header is missing or does not match.");
        }
        JsonNode event = parse(body);
        Optional<Map<String, Object>> welcome = switch (event.path("event").asString("")) {
            case "conversation_started" -> callbacks.conversationStarted(event);
            case "message" -> {
                callbacks.message(event);
                yield Optional.empty();
            }
            case "unsubscribed" -> {
                callbacks.unsubscribed(event);
                yield Optional.empty();
            }
            case "delivered", "seen", "failed" -> {
                callbacks.delivery(event);
                yield Optional.empty();
            }
            // webhook (Viber checking the address), subscribed, client_status and the unknown
            default -> Optional.empty();
        };
        return welcome.<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.ok().build());
    }

    private JsonNode parse(String body) {
        try {
            JsonNode event = json.readTree(body);
            if (event == null || !event.isObject()) {
                throw problem(HttpStatus.BAD_REQUEST, "The body is not a JSON object.");
            }
            return event;
        } catch (JacksonException e) {
            throw problem(HttpStatus.BAD_REQUEST, "The body is not JSON.");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
