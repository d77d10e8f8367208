package ua.vidguk.channel.sms;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.DeliveryReported;
import ua.vidguk.channel.Inbox;
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.InvalidPhoneNumber;
import ua.vidguk.contact.PhoneNumber;

/**
 * Twilio's webhooks: visitors' replies and delivery reports. Each call is checked in this order:
 * signature (403), form (400), redelivery (200, nothing more); then the event is published and
 * handled synchronously, so a failure of its handler becomes a 500 that Twilio retries.
 */
@RestController
class TwilioWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TwilioWebhookController.class);
    /** Twilio would send what the TwiML says; the reply, if any, goes out through the sender. */
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final TwilioSignature signature;
    private final Inbox inbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwilioWebhookController(TwilioSignature signature, Inbox inbox, ApplicationEventPublisher events, Clock clock) {
        this.signature = signature;
        this.inbox = inbox;
        this.events = events;
        this.clock = clock;
    }

    @PostMapping(TwilioEndpoints.SMS_PATH)
    ResponseEntity<String> sms(
            @RequestParam Map<String, String> form,
            @RequestHeader(name = TwilioEndpoints.SIGNATURE, required = false) @Nullable String signed,
            HttpServletRequest request) {
        verify(TwilioEndpoints.SMS_PATH, request.getQueryString(), form, signed);
        String sid = required(form, "MessageSid");
        ContactAddress from = sender(required(form, "From"));
        var received = new MessageReceived(Channel.SMS, sid, from, form.getOrDefault("Body", ""), clock.instant());
        try {
            if (!inbox.receive(received)) {
                log.debug("Twilio redelivered SMS {}; ignored", sid);
            }
        } catch (RuntimeException e) {
            log.error("SMS {} from {} could not be handled; Twilio will retry it", sid, from, e);
            throw new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR, e);
        }
        return twiml();
    }

    /**
     * Delivery reports are not deduplicated: one message gets several (queued, sent, delivered),
     * and applying the same status twice changes nothing, so listeners take them as they come.
     */
    @PostMapping(TwilioEndpoints.STATUS_PATH)
    ResponseEntity<String> status(
            @RequestParam Map<String, String> form,
            @RequestHeader(name = TwilioEndpoints.SIGNATURE, required = false) @Nullable String signed,
            HttpServletRequest request) {
        verify(TwilioEndpoints.STATUS_PATH, request.getQueryString(), form, signed);
        String sid = required(form, "MessageSid");
        String status = required(form, "MessageStatus").toLowerCase(Locale.ROOT);
        String errorCode = form.get("ErrorCode");
        events.publishEvent(new DeliveryReported(
                Channel.SMS,
                sid,
                status,
                errorCode == null || errorCode.isBlank() ? null : errorCode,
                clock.instant()));
        return twiml();
    }

    private void verify(String path, @Nullable String query, Map<String, String> form, @Nullable String signed) {
        if (!signature.verifies(path, query, form, signed)) {
            log.warn("Refused a call to {} that Twilio did not sign (or that cannot be checked here)", path);
            throw problem(
                    HttpStatus.FORBIDDEN, "The " + TwilioEndpoints.SIGNATURE + " header is missing or does not match.");
        }
    }

    private static String required(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isBlank()) {
            throw problem(HttpStatus.BAD_REQUEST, "The form parameter " + name + " is missing.");
        }
        return value;
    }

    private static ContactAddress sender(String from) {
        try {
            return ContactAddress.tel(PhoneNumber.parseMobile(from));
        } catch (InvalidPhoneNumber e) {
            throw problem(HttpStatus.BAD_REQUEST, "From is " + e.getMessage() + ".");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    private static ResponseEntity<String> twiml() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML);
    }
}
