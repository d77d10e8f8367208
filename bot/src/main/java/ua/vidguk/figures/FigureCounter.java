package ua.vidguk.figures;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.Channel;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.conversation.event.SurveyClosed;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.conversation.event.SurveyExpired;
import ua.vidguk.survey.Survey;
import ua.vidguk.survey.Surveys;

/**
 * Counts every ended survey into its centre's day, month and year (Kyiv time), exactly once,
 * without transactions.
 *
 * <p>An end may be heard many times: the conversation publishes its stored end again after any
 * listener failed or the instance stopped, every sweep until every listener heard it. Each
 * document is therefore changed only by a write guarded by that document itself ({@code counted}
 * must not list the conversation), which adds the conversation to {@code counted} in the same
 * atomic single-document upsert; the upsert's insert failing on the {@code _id} means "counted
 * before". The day lists the last {@value #REMEMBERED} conversations it counted, and also lists
 * it under {@code rolling} until the month and the year have it too: a repetition whose day is
 * counted and no longer rolling stops there, at one read. Only a repetition of a conversation still
 * rolling (a failure or a crash between the three writes) reaches the month and year, whose guards
 * then tell which of them still lack it; afterwards the month and year forget it again, so their
 * lists hold only what is in flight.
 *
 * <p>A failure is thrown to the publisher, which leaves the end stored and publishes it again.
 *
 * <p>What counts as a response: a completed survey; an expired (or closed) one with at least one
 * answer, as a partial response whose answers count for the questions they answer. A survey the
 * visitor stopped with STOP is not counted: its end ({@code OptedOut}) carries no answers, and a
 * visitor who asked to stop is not asked again either (the response keeps the answers).
 */
@Component
class FigureCounter {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    /**
     * How many conversations a day remembers having counted. A repetition comes within a sweep (a
     * minute) or at the next start and concerns the conversations that ended last; an unbounded
     * list made every count rewrite a longer document (the reply benchmark, all on one centre and
     * day, fell from 880 to 330 replies/s and kept falling). The cost: a conversation republished
     * after a thousand later ones of its centre's day (another listener failing for hours at a busy
     * centre) would be counted again.
     */
    static final int REMEMBERED = 1_000;

    /** A bound on what crashes between the last writes could leave in a month's or year's list. */
    static final int IN_FLIGHT_KEPT = 1_000;

    private final MongoTemplate mongo;
    private final CnapRegistry cnaps;
    private final Surveys surveys;

    FigureCounter(MongoTemplate mongo, CnapRegistry cnaps, Surveys surveys) {
        this.mongo = mongo;
        this.cnaps = cnaps;
        this.surveys = surveys;
    }

    @EventListener
    void on(SurveyCompleted completed) {
        count(
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
        count(surveyId, new EndedSurvey(sessionId, cnapCode, channel, answers, true, negative, at));
    }

    void count(String surveyId, EndedSurvey ended) {
        Survey survey = surveys.find(surveyId).orElse(null);
        Cnap cnap = cnaps.find(ended.cnapCode()).orElse(null);
        Supplier<Update> increments = () -> ended.increments(survey, cnap);
        String id = ended.sessionId();
        LocalDate day = ended.at().atZone(KYIV).toLocalDate();
        String dayKey = FigureKeys.day(day, ended.cnapCode());
        if (!guardedUpsert(
                        dayKey,
                        increments
                                .get()
                                .push("counted")
                                .slice(-REMEMBERED)
                                .each(id)
                                .push("rolling", id),
                        id)
                && !stillRolling(dayKey, id)) {
            return; // counted everywhere before
        }
        List<String> rollups = List.of(
                FigureKeys.month(YearMonth.from(day), ended.cnapCode()),
                FigureKeys.year(day.getYear(), ended.cnapCode()));
        for (String rollup : rollups) {
            guardedUpsert(
                    rollup,
                    increments.get().push("counted").slice(-IN_FLIGHT_KEPT).each(id),
                    id);
        }
        mongo.updateFirst(query(where("_id").is(dayKey)), new Update().pull("rolling", id), FigureKeys.COLLECTION);
        // A crash here leaves the id in a month's or year's list: harmless, the day no longer rolls it.
        for (String rollup : rollups) {
            mongo.updateFirst(query(where("_id").is(rollup)), new Update().pull("counted", id), FigureKeys.COLLECTION);
        }
    }

    /** @return whether this write counted the conversation (false: the document had it already) */
    private boolean guardedUpsert(String key, Update update, String sessionId) {
        try {
            var result = mongo.upsert(
                    query(where("_id").is(key).and("counted").ne(sessionId)), update, FigureKeys.COLLECTION);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException countedBefore) {
            // The document exists and lists the conversation: the upsert's insert met its _id.
            return false;
        }
    }

    private boolean stillRolling(String dayKey, String sessionId) {
        return mongo.exists(query(where("_id").is(dayKey).and("rolling").is(sessionId)), FigureKeys.COLLECTION);
    }
}
