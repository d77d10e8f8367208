package ua.vidguk.conversation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, finishes the conversations a stop left ended but not closed (their response not
 * stored, the contact still held): between storing a conversation's end and closing it, an
 * instance can only be interrupted by stopping, so one look at start-up finds them all, rather
 * than a look at every conversation in progress every minute.
 */
@Component
class ClosingAfterStop {

    private static final Logger log = LoggerFactory.getLogger(ClosingAfterStop.class);
    private final SessionStore sessions;
    private final StepApplier steps;

    ClosingAfterStop(SessionStore sessions, StepApplier steps) {
        this.sessions = sessions;
        this.steps = steps;
    }

    @EventListener(ApplicationReadyEvent.class)
    void finishWhatAStopLeftOpen() {
        // Few: only what stops interrupted, at most one a conversation in flight at the time.
        var ended = sessions.ended();
        ended.forEach(steps::finish);
        if (!ended.isEmpty()) {
            log.info("Finished {} conversations that had ended before the last stop but were not closed", ended.size());
        }
    }
}
