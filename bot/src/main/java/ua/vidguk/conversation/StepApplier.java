package ua.vidguk.conversation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.conversation.SessionStore.ActiveSession;
import ua.vidguk.conversation.engine.RenderedMessage;
import ua.vidguk.conversation.engine.Step;
import ua.vidguk.conversation.event.ConversationEvent;
import ua.vidguk.survey.Surveys;

/**
 * Carries out what the engine decided, in an order that is safe to interrupt: first the new state
 * is stored (guarded by the version it was computed from), then events are published, then the
 * messages are sent. A step computed from a stale state is not applied at all.
 *
 * <p>Once the state is stored, nothing that fails afterwards is thrown to the caller: a channel
 * answers an exception with an error so that the provider delivers the reply again, and that
 * redelivery would then be taken as the answer to the next question.
 */
@Component
class StepApplier {

    private static final Logger log = LoggerFactory.getLogger(StepApplier.class);

    private final SessionStore sessions;
    private final ResponseStore responses;
    private final Surveys surveys;
    private final CnapRegistry cnaps;
    private final Delivery delivery;
    private final SessionExpiries expiries;
    private final ApplicationEventPublisher events;

    StepApplier(
            SessionStore sessions,
            ResponseStore responses,
            Surveys surveys,
            CnapRegistry cnaps,
            Delivery delivery,
            SessionExpiries expiries,
            ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.responses = responses;
        this.surveys = surveys;
        this.cnaps = cnaps;
        this.delivery = delivery;
        this.expiries = expiries;
        this.events = events;
    }

    /** What became of a step. */
    enum Applied {
        /** The conversation changed meanwhile: nothing was done; compute the step again. */
        STALE,
        /** Stored, published, and its messages taken by the provider. */
        SENT,
        /** Stored and published, but the provider refused a message. */
        REFUSED,
        /** Stored and published, but the gate held a message back. */
        WITHHELD;

        boolean stored() {
            return this != STALE;
        }
    }

    /**
     * @param appliedMessage the inbound message the step answers, if any
     * @param greeting how the step's question is introduced (an invitation, a reminder, or not)
     */
    Applied apply(
            ActiveSession current, Step step, @Nullable String appliedMessage, Delivery.Greeting greeting, Instant at) {
        return apply(current, step, appliedMessage, greeting, RateGate.OPEN, at);
    }

    /** @param gate what each message waits for before it goes out (an invitation's campaign rate) */
    Applied apply(
            ActiveSession current,
            Step step,
            @Nullable String appliedMessage,
            Delivery.Greeting greeting,
            RateGate gate,
            Instant at) {
        List<RenderedMessage> worded = null;
        if (step.changed(current.session())) {
            worded = worded(step, greeting);
            step = counted(step, worded);
            boolean ends = !step.session().isActive();
            var next = new ActiveSession(
                    current.contact(), appliedMessage, step.session(), ends ? step.events() : List.of());
            if (!sessions.replace(current, next)) {
                return Applied.STALE;
            }
            if (ends) {
                finish(next);
            } else {
                publish(next.session().id(), step.events());
            }
        }
        String sessionId = step.session().id();
        try {
            var to = Delivery.Conversation.of(step.session());
            List<RenderedMessage> messages = worded != null ? worded : delivery.render(to, step.messages(), greeting);
            return switch (delivery.send(to, messages, gate, at)) {
                case ALL -> Applied.SENT;
                case REFUSED -> Applied.REFUSED;
                case WITHHELD -> Applied.WITHHELD;
            };
        } catch (RuntimeException e) {
            log.error("Conversation {}: its next message could not be sent", sessionId, e);
            return Applied.REFUSED;
        }
    }

    /**
     * The step with the SMS parts its messages will cost counted in its state (and its completion),
     * so that they are stored with it: no write of their own. A step that does not change the state
     * is not stored, so its messages are not counted (an opt-in's confirmation in a survey).
     */
    Step counted(Step step, Delivery.Greeting greeting) {
        return counted(step, worded(step, greeting));
    }

    private static Step counted(Step step, @Nullable List<RenderedMessage> worded) {
        return worded == null
                ? step
                : step.withSmsSent(Delivery.smsSegments(Delivery.Conversation.of(step.session()), worded));
    }

    /** Worded once, for the count and the sending; null if the wording fails. */
    private @Nullable List<RenderedMessage> worded(Step step, Delivery.Greeting greeting) {
        try {
            return delivery.render(Delivery.Conversation.of(step.session()), step.messages(), greeting);
        } catch (RuntimeException e) {
            // Worded again to be sent, after the state is stored: that failure is logged and answered there.
            return null;
        }
    }

    /**
     * Publishes the facts of an ended conversation, stores its response and removes it from the
     * active ones, in that order: until it is removed, the stored end with its facts is the record
     * of what is still to happen. Safe to repeat, so the sweep and the next start can finish what a
     * failing listener or a crash interrupted; every listener of an end is idempotent.
     */
    void finish(ActiveSession ended) {
        if (!publish(ended.session().id(), ended.outbox())) {
            retryAtNextSweep(ended);
            return;
        }
        try {
            var session = ended.session();
            String region = cnaps.find(session.cnapCode()).map(Cnap::region).orElse(null);
            boolean negative = surveys.get(session.surveyId()).isNegative(session.answers());
            responses.store(session, region, negative);
            sessions.close(ended);
        } catch (RuntimeException e) {
            log.error(
                    "Conversation {} ended but is not closed yet; the sweep will retry",
                    ended.session().id(),
                    e);
            retryAtNextSweep(ended);
        }
    }

    /**
     * Every listener hears every event: one that fails does not keep the others from it.
     *
     * @return whether all were heard without a failure
     */
    private boolean publish(String sessionId, List<ConversationEvent> facts) {
        boolean heard = true;
        for (ConversationEvent fact : facts) {
            try {
                events.publishEvent(fact);
            } catch (RuntimeException e) {
                heard = false;
                log.error(
                        "Conversation {}: a listener failed on {}",
                        sessionId,
                        fact.getClass().getSimpleName(),
                        e);
            }
        }
        return heard;
    }

    /** If the database takes it now; else the start-up after the trouble finishes it (ClosingAfterStop). */
    private void retryAtNextSweep(ActiveSession ended) {
        try {
            expiries.expect(ended.session().id(), ended.session().updatedAt());
        } catch (RuntimeException e) {
            log.debug(
                    "Conversation {}: left to the next start-up",
                    ended.session().id(),
                    e);
        }
    }
}
