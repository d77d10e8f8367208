package ua.vidguk.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.figures.ResolvedCases;
import ua.vidguk.message.MessageName;
import ua.vidguk.stafflink.Scope;
import ua.vidguk.stafflink.StaffChatLinked;

/**
 * Looks at the cases that are due on the {@link CaseWatch}: routes those that still wait for a
 * chat, and escalates those past their deadlines. Each escalation is queued under an id of its
 * own ({@code region:<case>}, {@code ministry:<case>}) and then flagged, so it happens once even
 * when two sweeps meet; without a chat to go to it is tried again at the next check.
 */
@Component
class CaseSweep {

    private static final Logger log = LoggerFactory.getLogger(CaseSweep.class);

    private final Cases cases;
    private final CaseWatch watch;
    private final Router router;
    private final OutboxDrain drain;
    private final AlertTexts texts;
    private final AlertProperties properties;
    private final Clock clock;
    private final ResolvedCases resolvedCases;

    CaseSweep(
            Cases cases,
            CaseWatch watch,
            Router router,
            OutboxDrain drain,
            AlertTexts texts,
            AlertProperties properties,
            Clock clock,
            ResolvedCases resolvedCases) {
        this.cases = cases;
        this.watch = watch;
        this.router = router;
        this.drain = drain;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
        this.resolvedCases = resolvedCases;
    }

    void sweep() {
        Instant now = clock.instant();
        for (String id : watch.due(now)) {
            try {
                var found = cases.find(id);
                if (found.isEmpty()) {
                    watch.forget(id);
                    continue;
                }
                AlertCase c = found.get();
                if (c.status() == AlertCase.Status.RESOLVED) {
                    countResolved(c);
                    watch.forget(id);
                    continue;
                }
                if (!c.delivered() && c.status() != AlertCase.Status.RESOLVED) {
                    router.route(c); // drained after the sweep
                }
                escalate(c, now);
                watch.reschedule(cases.find(id).orElse(c), now);
            } catch (RuntimeException e) {
                log.error("Case {} could not be swept; the next sweep retries", id, e);
            }
        }
    }

    /** Throws when the figures could not be written: the case stays due and the next sweep retries. */
    private void countResolved(AlertCase c) {
        Instant resolvedAt = c.resolvedAt() == null ? clock.instant() : c.resolvedAt();
        resolvedCases.resolved(c.id(), c.cnapCode(), c.receivedAt(), !resolvedAt.isAfter(c.resolveBy()));
    }

    /** Routes every alert that waits for a chat: one was just linked, and its alerts go out now. */
    @EventListener
    void on(StaffChatLinked linked) {
        watch.waiting().stream()
                .map(cases::find)
                .flatMap(Optional::stream)
                .filter(c -> !c.delivered())
                .forEach(c -> router.route(c).ifPresent(drain::kick));
    }

    private void escalate(AlertCase c, Instant now) {
        if (c.status() == AlertCase.Status.OPEN
                && !c.escalatedToRegion()
                && !now.isBefore(c.takeBy())
                && c.region() != null) {
            var take = properties.takeWithin();
            String text = escalation(
                    c,
                    Map.of(
                            "toRegion",
                            true,
                            "takeWithinHours",
                            take.toHours() == 0 ? "" : Long.toString(take.toHours()),
                            "takeWithinMinutes",
                            take.toMinutesPart() == 0 ? "" : Integer.toString(take.toMinutesPart()),
                            "alert",
                            c.alert()));
            if (router.note("region:" + c.id(), Scope.region(c.region()), c, text)
                    .isPresent()) {
                cases.escalate(c.id(), "escalatedToRegion");
            }
        }
        if (!c.escalatedToMinistry() && !now.isBefore(c.resolveBy())) {
            String text = escalation(
                    c,
                    Map.of(
                            "toMinistry",
                            true,
                            "resolveDays",
                            Integer.toString(properties.resolveWithinWorkingDays()),
                            "alert",
                            texts.withStatus(c)));
            if (router.note("ministry:" + c.id(), Scope.NATIONAL, c, text).isPresent()) {
                cases.escalate(c.id(), "escalatedToMinistry");
            }
        }
    }

    private String escalation(AlertCase c, Map<String, ?> values) {
        return texts.render(MessageName.STAFF_ESCALATED, values);
    }
}
