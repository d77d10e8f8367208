package ua.vidguk.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import ua.vidguk.conversation.SessionStore.ActiveSession;
import ua.vidguk.conversation.engine.ConversationEngine;
import ua.vidguk.scheduler.DueQueue;
import ua.vidguk.survey.Surveys;

/**
 * Closes conversations nobody answered in time, and finishes ended ones whose closing a failure
 * interrupted: a job rather than a TTL index, which the embedded database does not have. What to
 * look at comes from {@link SessionExpiries}, by due time. Several instances may sweep at once;
 * the guarded store lets one win.
 */
@Component
class ExpirySweep implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ExpirySweep.class);
    static final int BATCH = 500;

    private final ConversationEngine engine;
    private final Surveys surveys;
    private final SessionStore sessions;
    private final StepApplier steps;
    private final SessionExpiries expiries;
    private final ConversationProperties properties;
    private final Clock clock;

    ExpirySweep(
            ConversationEngine engine,
            Surveys surveys,
            SessionStore sessions,
            StepApplier steps,
            SessionExpiries expiries,
            ConversationProperties properties,
            Clock clock) {
        this.engine = engine;
        this.surveys = surveys;
        this.sessions = sessions;
        this.steps = steps;
        this.expiries = expiries;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::sweep, properties.sweepEvery());
    }

    /** @return how many conversations were closed */
    int sweep() {
        Instant now = clock.instant();
        int closed = 0;
        List<DueQueue.Entry> due;
        boolean progress;
        do {
            due = expiries.due(now, BATCH);
            progress = false;
            for (DueQueue.Entry entry : due) {
                try {
                    if (settle(entry.work(), now)) {
                        closed++;
                    }
                    expiries.done(entry);
                    progress = true;
                } catch (RuntimeException e) {
                    // One conversation that cannot be closed must not keep the rest open.
                    log.error("Conversation {} could not be closed; next sweep retries", entry.work(), e);
                }
            }
        } while (due.size() == BATCH && progress);
        return closed;
    }

    /** @return whether the conversation was closed now */
    private boolean settle(String token, Instant now) {
        Optional<ActiveSession> found = sessions.byToken(token);
        if (found.isEmpty()) {
            return false; // ended and closed meanwhile
        }
        ActiveSession due = found.get();
        if (!due.session().isActive()) {
            steps.finish(due);
            return true;
        }
        Instant expiresAt = due.session().expiresAt();
        if (expiresAt != null && expiresAt.isAfter(now)) {
            expiries.expect(token, expiresAt); // a reply gave it more time
            return false;
        }
        var step = engine.expire(surveys.get(due.session().surveyId()), due.session(), now);
        steps.apply(due, step, due.lastMessage(), Delivery.Greeting.NONE, now);
        return true;
    }
}
