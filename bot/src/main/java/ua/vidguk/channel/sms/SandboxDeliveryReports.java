package ua.vidguk.channel.sms;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import ua.vidguk.channel.sandbox.Loopback;

/**
 * Twilio's delivery reports in the SMS sandbox: a while after a message was taken, "delivered" is
 * posted to the status webhook, signed like Twilio's, so that the message log and campaign progress
 * move on as they would with a real phone. Later, never at once: the sender must have logged the
 * message's id before its report can find it.
 */
final class SandboxDeliveryReports {

    private static final Logger log = LoggerFactory.getLogger(SandboxDeliveryReports.class);

    private final TwilioSignature signature;
    private final Loopback loopback;
    private final Duration after;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("sandbox-sms-reports").factory());

    SandboxDeliveryReports(TwilioSignature signature, Loopback loopback, Duration after) {
        this.signature = signature;
        this.loopback = loopback;
        this.after = after;
    }

    void delivered(String sid) {
        if (after.isZero() || after.isNegative()) {
            return;
        }
        timer.schedule(() -> report(sid), after.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void report(String sid) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("MessageStatus", "delivered");
        var headers = new HttpHeaders();
        headers.set(TwilioEndpoints.SIGNATURE, signature.sign(TwilioEndpoints.STATUS_PATH, form));
        try {
            loopback.post(
                    TwilioEndpoints.STATUS_PATH,
                    MediaType.APPLICATION_FORM_URLENCODED,
                    "MessageSid=" + sid + "&MessageStatus=delivered",
                    headers);
        } catch (RuntimeException e) {
            // The application may be stopping; a lost sandbox report changes nothing that matters.
            log.debug(
                    "Sandbox delivery report for {} not taken: {}",
                    sid,
                    e.getClass().getSimpleName());
        }
    }
}
