package ua.vidguk.conversation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.conversation.SessionStore.ActiveSession;
import ua.vidguk.conversation.engine.Step;
import ua.vidguk.survey.Surveys;

/**
 * Carries out what the engine decided, in an order that is safe to interrupt: first the new state
 * is stored (guarded by the version it was computed from), then events are published, then the
 * messages are sent. A step computed from a stale state is not applied at all.
 */
@Component
class StepApplier {

    private final SessionStore sessions;
    private final ResponseStore responses;
    private final Surveys surveys;
    private final CnapRegistry cnaps;
    private final Delivery delivery;
    private final ApplicationEventPublisher events;

    StepApplier(
            SessionStore sessions,
            ResponseStore responses,
            Surveys surveys,
            CnapRegistry cnaps,
            Delivery delivery,
            ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.responses = responses;
        this.surveys = surveys;
        this.cnaps = cnaps;
        this.delivery = delivery;
        this.events = events;
    }

    /**
     * @param appliedMessage the inbound message the step answers, if any
     * @param invitation the step starts the conversation
     * @return false when the conversation changed meanwhile: compute the step again
     */
    boolean apply(ActiveSession current, Step step, @Nullable String appliedMessage, boolean invitation, Instant at) {
        if (step.changed(current.session())) {
            if (!sessions.replace(current, step.session(), appliedMessage)) {
                return false;
            }
            if (!step.session().isActive()) {
                end(new ActiveSession(current.contact(), step.session().version(), appliedMessage, step.session()));
            }
        }
        step.events().forEach(events::publishEvent);
        delivery.send(Delivery.Conversation.of(step.session()), step.messages(), invitation, at);
        return true;
    }

    private void end(ActiveSession ended) {
        var session = ended.session();
        String region = cnaps.find(session.cnapCode()).map(Cnap::region).orElse(null);
        boolean negative = surveys.get(session.surveyId()).isNegative(session.answers());
        responses.store(session, region, negative);
        sessions.close(ended);
    }
}
