package ua.vidguk.alert;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;
import ua.vidguk.limits.SuspectBursts;
import ua.vidguk.limits.Suspicion;

/**
 * Turns negative feedback into a case and queues its alert. The case is stored before anything is
 * sent, under the conversation's id: an event heard twice makes one case and one alert. Sending
 * happens off this thread, so the visitor's thank-you does not wait for Telegram.
 *
 * <p>An anonymous response (no reported visit behind it: a QR code's survey) is counted against
 * its centre first: one in a burst is marked suspect in the case and its alert, never dropped.
 * Counting before the case is stored, and idempotently, keeps an event heard twice counted once.
 */
@Component
class CaseOpener {

    private final Cases cases;
    private final Router router;
    private final OutboxDrain drain;
    private final AlertTexts texts;
    private final CnapRegistry cnaps;
    private final SuspectBursts bursts;
    private final WorkingHours hours;
    private final AlertProperties properties;
    private final Clock clock;

    CaseOpener(
            Cases cases,
            Router router,
            OutboxDrain drain,
            AlertTexts texts,
            CnapRegistry cnaps,
            SuspectBursts bursts,
            AlertProperties properties,
            Clock clock) {
        this.cases = cases;
        this.router = router;
        this.drain = drain;
        this.texts = texts;
        this.cnaps = cnaps;
        this.bursts = bursts;
        this.hours = properties.workingHours().toWorkingHours();
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(NegativeFeedbackReceived feedback) {
        if (cases.find(feedback.sessionId()).isPresent()) {
            return;
        }
        var now = clock.instant();
        Optional<Suspicion> suspect = feedback.visit() != null
                ? Optional.empty()
                : bursts.anonymousNegative(feedback.cnapCode(), feedback.sessionId(), feedback.receivedAt());
        var opened = new AlertCase(
                feedback.sessionId(),
                feedback.cnapCode(),
                cnaps.find(feedback.cnapCode()).map(Cnap::region).orElse(null),
                AlertCase.Status.OPEN,
                texts.alert(feedback, suspect.orElse(null)),
                texts.line(feedback, suspect.orElse(null)),
                feedback.receivedAt(),
                hours.plus(now, properties.takeWithin()),
                hours.plusWorkingDays(now, properties.resolveWithinWorkingDays()),
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                List.of(),
                suspect.map(Suspicion::reason).orElse(null));
        if (cases.open(opened, now)) {
            router.route(opened).ifPresent(drain::kick);
        }
    }
}
