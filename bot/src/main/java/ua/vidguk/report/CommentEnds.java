package ua.vidguk.report;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.contact.PhoneMask;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.conversation.event.SurveyExpired;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.QuestionRole;
import ua.vidguk.survey.Surveys;

/**
 * Keeps the comment of a survey that ended (completed, or expired after the comment) with an
 * overall rating of 1–3, its phone numbers masked first. The contact the event carries is never
 * read. Synchronous, like the figures' listener: a failure goes back to the publisher, which
 * publishes the end again, and {@link WorstComments} makes the repetition harmless.
 */
@Component
class CommentEnds {

    static final String OVERALL = "overall";

    private final WorstComments comments;
    private final Surveys surveys;
    private final CnapRegistry cnaps;

    CommentEnds(WorstComments comments, Surveys surveys, CnapRegistry cnaps) {
        this.comments = comments;
        this.surveys = surveys;
        this.cnaps = cnaps;
    }

    @EventListener
    void on(SurveyCompleted completed) {
        keep(
                completed.sessionId(),
                completed.surveyId(),
                completed.cnapCode(),
                completed.answers(),
                completed.completedAt());
    }

    @EventListener
    void on(SurveyExpired expired) {
        keep(expired.sessionId(), expired.surveyId(), expired.cnapCode(), expired.answers(), expired.expiredAt());
    }

    private void keep(String session, String surveyId, String cnap, Map<String, String> answers, Instant at) {
        String commentId = surveys.find(surveyId)
                .flatMap(survey -> survey.withRole(QuestionRole.COMMENT))
                .map(Question::id)
                .orElse(null);
        String text = commentId == null ? null : answers.get(commentId);
        Integer overall = rating(answers.get(OVERALL));
        if (text == null || text.isBlank() || overall == null || overall > WorstComments.WORST_OVERALL) {
            return;
        }
        String region = cnaps.find(cnap).map(Cnap::region).orElse(null);
        comments.keep(session, cnap, region, overall, PhoneMask.mask(text.strip()), at);
    }

    private static @Nullable Integer rating(@Nullable String answer) {
        if (answer == null || !answer.matches("[1-5]")) {
            return null;
        }
        return Integer.parseInt(answer);
    }
}
