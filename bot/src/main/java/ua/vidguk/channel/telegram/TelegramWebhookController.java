package ua.vidguk.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Telegram's webhook. Checked in this order: the secret token (403), the body (400); then the
 * update is handled synchronously, so a failure becomes a 500 that Telegram delivers again.
 */
@RestController
class TelegramWebhookController {

    static final String PATH = "/webhooks/telegram";
    static final String SECRET = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

    /** Jackson 2, not the application's Jackson 3: telegrambots' models are annotated for Jackson 2. */
    private final ObjectMapper json =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final TelegramConnection connection;
    private final TelegramUpdates updates;

    TelegramWebhookController(TelegramConnection connection, TelegramUpdates updates) {
        this.connection = connection;
        this.updates = updates;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> update(
            @RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = SECRET, required = false) @Nullable String secret) {
        if (!verifies(secret)) {
            log.warn("Refused a call to {} without the webhook's secret token", PATH);
            throw problem(HttpStatus.FORBIDDEN, "The " + SECRET + " header is missing or does not match.");
        }
        Update update = parse(body);
        try {
            updates.handle(update);
        } catch (RuntimeException e) {
            log.error(
                    "Telegram update {} could not be handled; Telegram will deliver it again", update.getUpdateId(), e);
            throw new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR, e);
        }
        return ResponseEntity.ok().build();
    }

    private boolean verifies(@Nullable String secret) {
        String expected = connection.webhookSecret();
        if (secret == null || expected == null || expected.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(
                secret.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private Update parse(byte @Nullable [] body) {
        try {
            Update update = body == null ? null : json.readValue(body, Update.class);
            if (update == null || update.getUpdateId() == null) {
                throw problem(HttpStatus.BAD_REQUEST, "The body is not a Telegram update.");
            }
            return update;
        } catch (IOException e) {
            throw problem(HttpStatus.BAD_REQUEST, "The body is not a Telegram update.");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
