package ua.vidguk.conversation.engine;

import java.util.List;
import ua.vidguk.conversation.event.ConversationEvent;
import ua.vidguk.conversation.event.SurveyCompleted;

/**
 * What one input did: the session to store, the messages to send in order, and the events to
 * publish. An input that changed nothing (a late button tap, a reply to an ended session) returns
 * the session it was given, with no messages and no events; {@link #changed()} tells the two apart.
 */
public record Step(Session session, List<Prompt> messages, List<ConversationEvent> events) {

    public Step {
        messages = List.copyOf(messages);
        events = List.copyOf(events);
    }

    static Step unchanged(Session session) {
        return new Step(session, List.of(), List.of());
    }

    /**
     * The same step with the SMS parts its messages cost counted in its session, and in its
     * completion if it ends the survey (its thank-you is one of those messages).
     */
    public Step withSmsSent(int segments) {
        if (segments == 0) {
            return this;
        }
        List<ConversationEvent> counted = events.stream()
                .map(event -> event instanceof SurveyCompleted completed ? completed.withSmsSent(segments) : event)
                .toList();
        return new Step(session.withSmsSent(segments), messages, counted);
    }

    /** Whether the session must be stored: its version moved on. */
    public boolean changed(Session before) {
        return session.version() != before.version();
    }
}
