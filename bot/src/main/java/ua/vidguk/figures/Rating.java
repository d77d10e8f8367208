package ua.vidguk.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One centre's, city's, region's or the country's figures over a period, and its place among its
 * peers. Shares are fractions (0.93), rounded to four places; null where nobody answered.
 *
 * @param id the centre's code, the region's code, {@code <region>/<city>}, or {@code UA}
 * @param satisfaction the share of 4 and 5 among the answers to {@code overall}
 * @param notReceived the share of "no" among the answers to {@code received}
 * @param problems how often each option of the choice questions was named
 * @param rank 1 for the most satisfied among the ranked peers; null when not ranked (too few
 *     responses, see {@code minSample})
 * @param rankChange how many places it rose since the previous period (negative: fell); null
 *     unless ranked in both
 * @param resolved how many of the period's negative responses staff resolved (their cases)
 * @param resolvedInTime how many of those were resolved before their deadline
 */
public record Rating(
        String level,
        String id,
        String name,
        @Nullable String region,
        @Nullable String city,
        long responses,
        long completed,
        long partial,
        long negative,
        @Nullable Double satisfaction,
        @Nullable Double notReceived,
        Map<String, QuestionFigures> questions,
        Map<String, Long> problems,
        Map<String, Long> channels,
        boolean ranked,
        @Nullable Integer rank,
        Previous previous,
        @Nullable Integer rankChange,
        long resolved,
        long resolvedInTime) {

    /** The same entity in the period just before: as many whole months, else as many days. */
    public record Previous(
            long responses,
            @Nullable Double satisfaction,
            @Nullable Integer rank) {}

    /**
     * @param mean the mean rating, for scale questions
     * @param distribution how many gave each value (scale 1–5, yes/no, an option id)
     */
    public record QuestionFigures(
            @Nullable String type,
            long answered,
            long skipped,
            @Nullable Double mean,
            Map<String, Long> distribution) {

        static QuestionFigures of(Tally.Question question) {
            Double mean = null;
            if ("scale".equals(question.type) && question.answered > 0) {
                long sum = 0;
                long rated = 0;
                for (var value : question.values.entrySet()) {
                    sum += Long.parseLong(value.getKey()) * value.getValue();
                    rated += value.getValue();
                }
                mean = rated == 0 ? null : round((double) sum / rated);
            }
            return new QuestionFigures(question.type, question.answered, question.skipped, mean, question.values);
        }
    }

    /** An entity's rating from its tallies now and in the period before, with its places. */
    static Rating of(
            Level level,
            String id,
            String name,
            @Nullable String region,
            @Nullable String city,
            Tally tally,
            @Nullable Tally before,
            @Nullable Integer rank,
            @Nullable Integer previousRank) {
        var previous = new Previous(
                before == null ? 0 : before.responses, before == null ? null : satisfaction(before), previousRank);
        return new Rating(
                level.key(),
                id,
                name,
                region,
                city,
                tally.responses,
                tally.completed,
                tally.partial,
                tally.negative,
                satisfaction(tally),
                notReceived(tally),
                questions(tally),
                problems(tally),
                tally.channels,
                rank != null,
                rank,
                previous,
                rank != null && previousRank != null ? previousRank - rank : null,
                tally.resolved,
                tally.resolvedInTime);
    }

    static final String OVERALL = "overall";
    static final String RECEIVED = "received";

    /** The share of 4–5 on the overall question; null when nobody rated it. */
    static @Nullable Double satisfaction(Tally tally) {
        Tally.Question overall = tally.questions.get(OVERALL);
        long rated = overall == null
                ? 0
                : overall.values.values().stream().mapToLong(Long::longValue).sum();
        return rated == 0 ? null : round((double) (overall.count("4") + overall.count("5")) / rated);
    }

    static @Nullable Double notReceived(Tally tally) {
        Tally.Question received = tally.questions.get(RECEIVED);
        long said = received == null ? 0 : received.count("yes") + received.count("no");
        return said == 0 ? null : round((double) received.count("no") / said);
    }

    static Map<String, QuestionFigures> questions(Tally tally) {
        Map<String, QuestionFigures> questions = new LinkedHashMap<>();
        tally.questions.forEach((id, question) -> questions.put(id, QuestionFigures.of(question)));
        return questions;
    }

    static Map<String, Long> problems(Tally tally) {
        Map<String, Long> problems = new TreeMap<>();
        tally.questions.values().stream()
                .filter(question -> "choice".equals(question.type))
                .forEach(question ->
                        question.values.forEach((option, count) -> problems.merge(option, count, Long::sum)));
        return problems;
    }

    static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
