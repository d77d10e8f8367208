package ua.vidguk.figures;

import java.time.Instant;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.Channel;
import ua.vidguk.conversation.event.SurveyClosed;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.conversation.event.SurveyExpired;
import ua.vidguk.survey.Surveys;

/**
 * What counts as a response: a completed survey; an expired (or closed) one with at least one
 * answer, as a partial response whose answers count for the questions they answer. A survey the
 * visitor stopped with STOP is not counted: its end ({@code OptedOut}) carries no answers, and a
 * visitor who asked to stop is not asked again either (the response keeps the answers).
 *
 * <p>Synchronous listeners: a failure is thrown to the publisher, which leaves the end stored and
 * publishes it again; {@link FigureCounter} makes the repetition harmless.
 */
@Component
class SurveyEnds {

    private final FigureCounter counter;
    private final Surveys surveys;

    SurveyEnds(FigureCounter counter, Surveys surveys) {
        this.counter = counter;
        this.surveys = surveys;
    }

    @EventListener
    void on(SurveyCompleted completed) {
        counter.count(
                completed.surveyId(),
                new EndedSurvey(
                        completed.sessionId(),
                        completed.cnapCode(),
                        completed.channel(),
                        completed.answers(),
                        false,
                        completed.negative(),
                        completed.completedAt()));
    }

    /**
     * A survey the visitor stopped answering is a partial response when it got at least one answer;
     * with none, nobody answered and there is no response.
     */
    @EventListener
    void on(SurveyExpired expired) {
        countPartial(
                expired.surveyId(),
                expired.sessionId(),
                expired.cnapCode(),
                expired.channel(),
                expired.answers(),
                expired.expiredAt());
    }

    /** Closed after replies that were not answers: like an expired one (it has no answers as a rule). */
    @EventListener
    void on(SurveyClosed closed) {
        countPartial(
                closed.surveyId(),
                closed.sessionId(),
                closed.cnapCode(),
                closed.channel(),
                closed.answers(),
                closed.closedAt());
    }

    private void countPartial(
            String surveyId,
            String sessionId,
            String cnapCode,
            Channel channel,
            Map<String, String> answers,
            Instant at) {
        if (answers.isEmpty()) {
            return;
        }
        boolean negative =
                surveys.find(surveyId).map(survey -> survey.isNegative(answers)).orElse(false);
        counter.count(surveyId, new EndedSurvey(sessionId, cnapCode, channel, answers, true, negative, at));
    }
}
