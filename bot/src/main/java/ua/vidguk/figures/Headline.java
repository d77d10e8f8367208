package ua.vidguk.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures a report compares an entity with: its region's or the country's over the same
 * period. Shares are fractions rounded to four places; null where nobody answered.
 *
 * @param negativeShare the share of responses that were negative
 * @param means the mean of every scale question, by question id
 */
public record Headline(
        long responses,
        @Nullable Double satisfaction,
        @Nullable Double notReceived,
        @Nullable Double negativeShare,
        Map<String, Double> means) {

    static Headline of(Tally tally) {
        Map<String, Double> means = new LinkedHashMap<>();
        tally.questions.forEach((id, question) -> {
            Double mean = Rating.QuestionFigures.of(question).mean();
            if (mean != null) {
                means.put(id, mean);
            }
        });
        return new Headline(
                tally.responses,
                Rating.satisfaction(tally),
                Rating.notReceived(tally),
                tally.responses == 0 ? null : Rating.round((double) tally.negative / tally.responses),
                means);
    }
}
