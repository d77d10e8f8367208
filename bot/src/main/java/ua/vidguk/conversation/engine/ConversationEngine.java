package ua.vidguk.conversation.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ua.vidguk.conversation.event.ConversationEvent;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.Survey;

/**
 * Runs a survey conversation, one input at a time: {@link #start}, {@link #reply} and {@link
 * #expire} each take the session as stored and return the {@link Step} to store, send and publish.
 * Pure: no I/O, no clock (the caller passes the time), no exceptions for anything a visitor types.
 *
 * <p>Rules: a reply that is not an answer gets a hint and the question again, at most {@code
 * maxReprompts} times. After that the question is skipped (answer {@code ""}) and the survey moves
 * on, because a visitor who has already answered something is engaged and one confusing question
 * should not cost the rest of the response; but if nothing has been answered yet (the first,
 * headline question), the survey closes politely, since whoever is replying is not taking it. An
 * opt-out word ends the survey at any point. A response that is already negative when the survey
 * ends early (expired, opted out) still alerts staff, once, marked partial.
 */
public final class ConversationEngine {

    private final EngineSettings settings;

    public ConversationEngine() {
        this(EngineSettings.DEFAULTS);
    }

    public ConversationEngine(EngineSettings settings) {
        this.settings = settings;
    }

    /**
     * Asks the first question of a session from {@link Session#open}. On a session already under way
     * it asks the current question again without counting a re-prompt: the visitor came back on
     * another channel (the SMS deep link into Viber or Telegram).
     */
    public Step start(Survey survey, Session session, Instant at) {
        if (!session.isActive()) {
            return Step.unchanged(session);
        }
        Optional<Question> current = session.current(survey);
        if (current.isEmpty()) {
            return moveOn(survey, session, session.answers(), new ArrayList<>(), at);
        }
        Session resumed = session.advance(
                session.status(), session.question(), session.reprompts(), session.answers(), at, expiry(at));
        return new Step(resumed, List.of(new Prompt.Ask(current.get(), false)), List.of());
    }

    /**
     * Takes a visitor's text: typed words or digits, or a button's payload. Opt-out and opt-in words
     * work on any session, even an ended one; any other reply to an ended session, and a tap on a
     * button of a question that is not the current one, change nothing.
     */
    public Step reply(Survey survey, Session session, String text, Instant at) {
        Keyword keyword = Keyword.classify(text);
        if (keyword != Keyword.NONE) {
            return KeywordSteps.step(keyword, survey, session, at);
        }
        if (!session.isActive() || session.question() == null) {
            return Step.unchanged(session);
        }
        Optional<Question> current = session.current(survey);
        if (current.isEmpty()) {
            // The survey file changed under the session and lost its question: ask the next one it has.
            return moveOn(survey, session, session.answers(), new ArrayList<>(), at);
        }
        Question question = current.get();
        Optional<ButtonPayload> payload = ButtonPayload.parse(text);
        if (payload.isPresent() && !payload.get().questionId().equals(question.id())) {
            return Step.unchanged(session); // a late tap on an earlier message's button
        }
        Optional<String> answer = payload.isPresent()
                ? Optional.of(payload.get().answer()).filter(question::accepts)
                : ReplyParser.parse(question, text);
        if (answer.isPresent()) {
            return record(survey, session, question, answer.get(), at);
        }
        return notAnAnswer(survey, session, question, at);
    }

    /**
     * Closes a session nobody answered in time. Sends nothing: a visitor who went silent is not
     * written to again. Changes nothing before the session's {@link Session#expiresAt()}, so a reply
     * that raced the sweep wins.
     */
    public Step expire(Survey survey, Session session, Instant at) {
        if (!session.isActive() || (session.expiresAt() != null && at.isBefore(session.expiresAt()))) {
            return Step.unchanged(session);
        }
        List<ConversationEvent> events = new ArrayList<>(List.of(Events.expired(session, at)));
        Events.negative(survey, session, session.answers(), true, at).ifPresent(events::add);
        Session expired = session.advance(SessionStatus.EXPIRED, null, 0, session.answers(), at, null);
        return new Step(expired, List.of(), events);
    }

    private Step record(Survey survey, Session session, Question question, String answer, Instant at) {
        Map<String, String> answers = new LinkedHashMap<>(session.answers());
        answers.put(question.id(), answer);
        List<ConversationEvent> events =
                new ArrayList<>(List.of(Events.answerRecorded(session, question.id(), answer, at)));
        return moveOn(survey, session, answers, events, at);
    }

    private Step notAnAnswer(Survey survey, Session session, Question question, Instant at) {
        if (session.reprompts() < settings.maxReprompts()) {
            Session next = session.advance(
                    SessionStatus.ACTIVE, question.id(), session.reprompts() + 1, session.answers(), at, expiry(at));
            return new Step(next, List.of(new Prompt.Ask(question, true)), List.of());
        }
        if (!session.answers().isEmpty()) {
            return record(survey, session, question, "", at);
        }
        Session closed = session.advance(SessionStatus.CLOSED, null, 0, session.answers(), at, null);
        return new Step(
                closed, List.of(new Prompt.ClosedPolitely()), List.of(Events.closed(session, question.id(), at)));
    }

    private Step moveOn(
            Survey survey, Session session, Map<String, String> answers, List<ConversationEvent> events, Instant at) {
        Optional<Question> next = survey.next(answers);
        if (next.isPresent()) {
            Session asking = session.advance(SessionStatus.ACTIVE, next.get().id(), 0, answers, at, expiry(at));
            return new Step(asking, List.of(new Prompt.Ask(next.get(), false)), events);
        }
        events.add(Events.completed(survey, session, answers, at));
        Events.negative(survey, session, answers, false, at).ifPresent(events::add);
        Prompt thanks = new Prompt.Thanks(
                session.cnapName(), survey.isNegative(answers), Events.callbackConsent(survey, answers));
        return new Step(session.advance(SessionStatus.COMPLETED, null, 0, answers, at, null), List.of(thanks), events);
    }

    private Instant expiry(Instant at) {
        return at.plus(settings.expireAfter());
    }
}
