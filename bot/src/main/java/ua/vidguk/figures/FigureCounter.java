package ua.vidguk.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.dispatch.InvitedVisits;
import ua.vidguk.survey.Survey;
import ua.vidguk.survey.Surveys;

/**
 * Counts an ended survey into its centre's and its region's day, month and year (Kyiv time), and
 * into the month and year of the administrator who served the visit when the centre named one,
 * exactly once, without transactions, however often and however concurrently the end is heard.
 *
 * <ol>
 *   <li>A conversation listed in {@code figures_counted} was counted everywhere: stop.
 *   <li>Each of the six (or eight) documents gets one atomic upsert guarded by the document itself: it adds
 *       the counts only if its {@code counting} list lacks the conversation, and adds the
 *       conversation to that list in the same write (an upsert whose insert meets the {@code _id}
 *       means "counted here before"). A document that fails does not keep the others from being
 *       counted.
 *   <li>The conversation is listed in {@code figures_counted}.
 * </ol>
 *
 * A failure or a crash before step 3 leaves the end to be published again (the listener throws),
 * and the guards let the repetition count only the documents still missing it; one after step 3
 * stops at step 1. Two deliveries at once (two instances' sweeps, a sweep and the first delivery)
 * are kept apart by the same guards, which is why the lists are not emptied after step 3: a
 * delivery that read step 1 just before another finished would find the guards open again.
 *
 * <p>{@link GuardedCounts} takes the ends that arrive together as one batch: one find for step 1,
 * one write per document with the sum of the batch's ends guarded by all their ids (refused as a
 * whole when the document lists any of them, and then written end by end), one insert for step 3.
 * Each list keeps the last {@value GuardedCounts#IN_FLIGHT_KEPT} conversations: more than a centre's
 * hour and about a minute of a busy region's, far more than the time between two deliveries at
 * once. The cost of so short a list: an instance that crashed in the milliseconds between step 2
 * and step 3 and came back after 100 more ends of the same region (other instances counting
 * meanwhile) counts that one end twice in the region's documents.
 */
@Component
class FigureCounter {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private final GuardedCounts counts;
    private final CnapRegistry cnaps;
    private final Surveys surveys;
    private final InvitedVisits visits;

    FigureCounter(GuardedCounts counts, CnapRegistry cnaps, Surveys surveys, InvitedVisits visits) {
        this.counts = counts;
        this.cnaps = cnaps;
        this.surveys = surveys;
        this.visits = visits;
    }

    void count(String surveyId, EndedSurvey ended) {
        LocalDate day = ended.at().atZone(KYIV).toLocalDate();
        Survey survey = surveys.find(surveyId).orElse(null);
        Cnap cnap = cnaps.find(ended.cnapCode()).orElse(null);
        Map<String, Update> documents = centreAndRegion(
                day,
                ended.cnapCode(),
                cnap,
                () -> ended.centreIncrements(survey, cnap),
                region -> ended.regionIncrements(survey, region));
        // Looked up, not carried by the end: the visit's copy on its invitation never changes, so
        // every delivery of the end finds the same documents.
        visits.administratorOf(ended.sessionId()).ifPresent(name -> {
            String key = FigureKeys.administratorKey(name);
            documents.put(
                    FigureKeys.administrator(YearMonth.from(day), ended.cnapCode(), key),
                    ended.administratorIncrements(survey, key, name));
            documents.put(
                    FigureKeys.administrator(day.getYear(), ended.cnapCode(), key),
                    ended.administratorIncrements(survey, key, name));
        });
        counts.countOnce(ended.sessionId(), day, documents);
    }

    /**
     * Counts a negative response's case as resolved, in the figures of the day the response came
     * (so that a period's figures say how many of its negative responses were resolved in time).
     */
    void countResolved(String caseId, String cnapCode, Instant receivedAt, boolean inTime) {
        Cnap cnap = cnaps.find(cnapCode).orElse(null);
        Supplier<Update> resolved = () -> {
            Update update = new Update().inc("cases.resolved", 1);
            return inTime ? update.inc("cases.resolvedInTime", 1) : update;
        };
        LocalDate day = receivedAt.atZone(KYIV).toLocalDate();
        counts.countOnce(
                "case:" + caseId,
                day,
                centreAndRegion(
                        day,
                        cnapCode,
                        cnap,
                        () -> EndedSurvey.centreLabels(resolved.get(), cnapCode, cnap),
                        region -> resolved.get().set("region", region)));
    }

    /**
     * The centre's day, month and year and, when the centre is registered, its region's (a centre
     * no longer registered has no region; its own figures still count), each with its increments.
     */
    private static Map<String, Update> centreAndRegion(
            LocalDate day,
            String cnapCode,
            @Nullable Cnap cnap,
            Supplier<Update> centre,
            Function<String, Update> region) {
        Map<String, Update> documents = new LinkedHashMap<>();
        for (String key : keys(FigureKeys.CENTRE, day, cnapCode)) {
            documents.put(key, centre.get());
        }
        if (cnap != null) {
            for (String key : keys(FigureKeys.REGION, day, cnap.region())) {
                documents.put(key, region.apply(cnap.region()));
            }
        }
        return documents;
    }

    private static String[] keys(FigureKeys tier, LocalDate day, String code) {
        return new String[] {tier.day(day, code), tier.month(YearMonth.from(day), code), tier.year(day.getYear(), code)
        };
    }
}
