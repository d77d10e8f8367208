package ua.vidguk.conversation.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ua.vidguk.conversation.event.ConversationEvent;
import ua.vidguk.survey.Survey;

/**
 * What an opt-out or opt-in word does. It works whatever the session's state, because "never
 * survey me again" must hold even when it arrives after the survey ended.
 */
final class KeywordSteps {

    private KeywordSteps() {}

    static Step step(Keyword keyword, Survey survey, Session session, Instant at) {
        return switch (keyword) {
            case OPT_OUT -> optOut(survey, session, at);
            case OPT_IN -> optIn(survey, session, at);
            case NONE -> throw new IllegalArgumentException("Not a keyword");
        };
    }

    /**
     * Ends an active survey. Answers already given stay given: if they make the response negative,
     * staff hear of it once, marked partial, as on expiry; the visitor stopped the survey, not the
     * complaint.
     */
    private static Step optOut(Survey survey, Session session, Instant at) {
        List<ConversationEvent> events = new ArrayList<>(List.of(Events.optedOut(session, at)));
        Session next = session;
        if (session.isActive()) {
            Events.negative(survey, session, session.answers(), true, at).ifPresent(events::add);
            next = session.advance(SessionStatus.OPTED_OUT, null, 0, session.answers(), at, null);
        }
        return new Step(next, List.of(new Prompt.OptOutConfirmed()), events);
    }

    /** Confirms, and in a survey under way asks its question again so the visitor sees where they are. */
    private static Step optIn(Survey survey, Session session, Instant at) {
        List<Prompt> messages = new ArrayList<>(List.of(new Prompt.OptInConfirmed()));
        if (session.isActive()) {
            session.current(survey).ifPresent(question -> messages.add(new Prompt.Ask(question, false)));
        }
        return new Step(session, messages, List.of(Events.optedIn(session, at)));
    }
}
