package ua.vidguk.conversation.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import ua.vidguk.conversation.event.AnswerRecorded;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;
import ua.vidguk.conversation.event.OptedIn;
import ua.vidguk.conversation.event.OptedOut;
import ua.vidguk.conversation.event.SurveyClosed;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.conversation.event.SurveyExpired;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.QuestionRole;
import ua.vidguk.survey.Survey;

/** Builds the events of a step from the session's context, so the engine's rules stay readable. */
final class Events {

    private Events() {}

    static AnswerRecorded answerRecorded(Session s, String questionId, String answer, Instant at) {
        return new AnswerRecorded(s.id(), s.surveyId(), s.cnapCode(), s.contact(), s.channel(), questionId, answer, at);
    }

    static SurveyCompleted completed(Survey survey, Session s, Map<String, String> answers, Instant at) {
        return new SurveyCompleted(
                s.id(),
                s.surveyId(),
                s.cnapCode(),
                s.contact(),
                s.channel(),
                answers,
                survey.isNegative(answers),
                s.startedAt(),
                at,
                s.smsSegments(),
                s.linkTaken());
    }

    /** The alert for staff, when the answers so far make the response negative. */
    static Optional<NegativeFeedbackReceived> negative(
            Survey survey, Session s, Map<String, String> answers, boolean partial, Instant at) {
        if (!survey.isNegative(answers)) {
            return Optional.empty();
        }
        return Optional.of(new NegativeFeedbackReceived(
                s.id(),
                s.surveyId(),
                s.cnapCode(),
                s.contact(),
                s.channel(),
                s.visit(),
                answers,
                survey.negativeQuestions(answers).stream().map(Question::id).toList(),
                callbackConsent(survey, answers),
                comment(survey, answers),
                partial,
                s.startedAt(),
                at));
    }

    static SurveyExpired expired(Session s, Instant at) {
        return new SurveyExpired(
                s.id(), s.surveyId(), s.cnapCode(), s.contact(), s.channel(), s.answers(), s.startedAt(), at);
    }

    static SurveyClosed closed(Session s, String questionId, Instant at) {
        return new SurveyClosed(
                s.id(),
                s.surveyId(),
                s.cnapCode(),
                s.contact(),
                s.channel(),
                questionId,
                s.answers(),
                s.startedAt(),
                at);
    }

    static OptedOut optedOut(Session s, Instant at) {
        return new OptedOut(s.contact(), s.channel(), s.isActive() ? s.id() : null, at);
    }

    static OptedIn optedIn(Session s, Instant at) {
        return new OptedIn(s.contact(), s.channel(), s.isActive() ? s.id() : null, at);
    }

    static boolean callbackConsent(Survey survey, Map<String, String> answers) {
        return survey.withRole(QuestionRole.CALLBACK_CONSENT)
                .map(q -> "yes".equals(answers.get(q.id())))
                .orElse(false);
    }

    private static String comment(Survey survey, Map<String, String> answers) {
        return survey.withRole(QuestionRole.COMMENT)
                .map(q -> answers.get(q.id()))
                .filter(text -> !text.isEmpty())
                .orElse(null);
    }
}
