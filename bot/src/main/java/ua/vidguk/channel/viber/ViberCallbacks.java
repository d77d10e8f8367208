package ua.vidguk.channel.viber;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.DeliveryReported;
import ua.vidguk.channel.Inbox;
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.channel.MessengerOpened;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.OptOuts;

/** What each signed Viber callback does. Bad input is a 400; a failure while handling is a 500 Viber retries. */
@Component
class ViberCallbacks {

    private static final Logger log = LoggerFactory.getLogger(ViberCallbacks.class);

    private final WelcomeCapture capture;
    private final Inbox inbox;
    private final SharedPhones sharedPhones;
    private final OptOuts optOuts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ViberCallbacks(
            WelcomeCapture capture,
            Inbox inbox,
            SharedPhones sharedPhones,
            OptOuts optOuts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.capture = capture;
        this.inbox = inbox;
        this.sharedPhones = sharedPhones;
        this.optOuts = optOuts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The visitor opened the bot, with the link's {@code context}: a visit token or a centre code.
     * The first message the conversation sends is the welcome message; see {@link WelcomeCapture}.
     */
    Optional<Map<String, Object>> conversationStarted(JsonNode event) {
        String token = required(event, "message_token");
        ContactAddress user = ContactAddress.viber(required(event.path("user"), "id"));
        var opened = new MessengerOpened(
                Channel.VIBER, token, user, event.path("context").asString(""), clock.instant());
        try {
            var captured = capture.around(user.id(), () -> inbox.receive(opened));
            if (!captured.result()) {
                log.debug("Viber redelivered conversation_started {}; ignored", token);
            }
            return captured.welcome();
        } catch (RuntimeException e) {
            log.error("conversation_started {} from {} could not be handled; Viber will retry it", token, user, e);
            throw new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR, e);
        }
    }

    /** A reply: typed text, a button's payload, or a phone number shared with the share-phone button. */
    void message(JsonNode event) {
        String token = required(event, "message_token");
        ContactAddress from = ContactAddress.viber(required(event.path("sender"), "id"));
        JsonNode message = event.path("message");
        Instant now = clock.instant();
        if ("contact".equals(message.path("type").asString(""))) {
            sharedPhones.shared(
                    token, from, message.path("contact").path("phone_number").asString(""), now);
            return;
        }
        // Pictures, stickers and the like carry no text: an empty reply, which the survey asks again.
        var received = new MessageReceived(
                Channel.VIBER, token, from, message.path("text").asString(""), now);
        try {
            if (!inbox.receive(received)) {
                log.debug("Viber redelivered message {}; ignored", token);
            }
        } catch (RuntimeException e) {
            log.error("Viber message {} from {} could not be handled; Viber will retry it", token, from, e);
            throw new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR, e);
        }
    }

    /** Viber's own opt-out: the visitor blocked or left the bot. */
    void unsubscribed(JsonNode event) {
        ContactAddress user = ContactAddress.viber(required(event, "user_id"));
        if (optOuts.optOut(user, "viber-unsubscribed", clock.instant())) {
            log.info("{} unsubscribed from the Viber bot: opted out", user);
        }
    }

    /** Reports are not deduplicated: applying the same status twice changes nothing. */
    void delivery(JsonNode event) {
        String desc = event.path("desc").asString("");
        events.publishEvent(new DeliveryReported(
                Channel.VIBER,
                required(event, "message_token"),
                event.path("event").asString(),
                desc.isBlank() ? null : desc,
                clock.instant()));
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        String text = value == null || !value.isValueNode() || value.isNull() ? "" : value.asString("");
        if (text.isBlank()) {
            var status = HttpStatus.BAD_REQUEST;
            throw new ErrorResponseException(
                    status, ProblemDetail.forStatusAndDetail(status, "The field " + field + " is missing."), null);
        }
        return text;
    }
}
