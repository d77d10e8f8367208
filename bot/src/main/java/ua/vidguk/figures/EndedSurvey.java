package ua.vidguk.figures;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Update;
import ua.vidguk.channel.Channel;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.QuestionType;
import ua.vidguk.survey.Survey;

/**
 * A survey's end as the figures count it: one response, complete or partial, with the answers it
 * got. A question that was not asked (its condition did not hold, or the survey ended before it)
 * is not in the answers and is not counted at all; a skipped one ({@code ""}) counts as a skip.
 */
record EndedSurvey(
        String sessionId,
        String cnapCode,
        Channel channel,
        Map<String, String> answers,
        boolean partial,
        boolean negative,
        Instant at) {

    /**
     * The increments this response adds to its centre's figures documents, which also say where
     * the centre is now (a moved centre's whole month and year follow it): the ratings read the
     * region and city there rather than look 2,700 centres up.
     *
     * @param survey the survey's questions, or null when its file is gone (then only answers and
     *     skips are counted)
     * @param cnap the centre, or null when it is not (or no longer) registered
     */
    Update centreIncrements(@Nullable Survey survey, @Nullable Cnap cnap) {
        return centreLabels(increments(survey), cnapCode, cnap);
    }

    /** What every write to a centre's document sets beside its counts: where the centre is now. */
    static Update centreLabels(Update update, String cnapCode, @Nullable Cnap cnap) {
        update.set("cnap", cnapCode);
        if (cnap != null) {
            update.set("name", cnap.name()).set("region", cnap.region()).set("city", cnap.city());
        }
        return update;
    }

    /**
     * The increments this response adds to the figures of the administrator who served the visit,
     * with the name as last reported, for the centre's head to read.
     */
    Update administratorIncrements(@Nullable Survey survey, String key, String name) {
        return increments(survey).set("cnap", cnapCode).set("key", key).set("administrator", name);
    }

    /** The increments this response adds to its region's figures documents. */
    Update regionIncrements(@Nullable Survey survey, String region) {
        return increments(survey).set("region", region);
    }

    /**
     * Values are counted only for scale, yes-no and choice questions: the text of a free answer is
     * never copied here.
     */
    private Update increments(@Nullable Survey survey) {
        var update = new Update()
                .inc("responses", 1)
                .inc(partial ? "partial" : "completed", 1)
                .inc("channels." + channel.name().toLowerCase(Locale.ROOT), 1);
        if (negative) {
            update.inc("negative", 1);
        }
        answers.forEach((questionId, answer) -> {
            String path = "questions." + questionId;
            if (answer.isEmpty()) {
                update.inc(path + ".skipped", 1);
                return;
            }
            update.inc(path + ".answered", 1);
            Optional<Question> question = survey == null ? Optional.empty() : survey.find(questionId);
            question.filter(q -> q.type() != QuestionType.TEXT && q.accepts(answer))
                    .ifPresent(q -> update.inc(path + ".values." + answer, 1)
                            .set(path + ".type", q.type().key()));
        });
        return update;
    }
}
