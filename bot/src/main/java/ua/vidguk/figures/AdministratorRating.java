package ua.vidguk.figures;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One administrator's figures at their centre over a period, for that centre's head only: never
 * part of {@link Rating} or anything public. Shares as in {@link Rating}.
 *
 * @param key a short hash of the name, stable across periods (not the name)
 * @param name the administrator as the centre last reported them: a staff member's personal data
 * @param satisfaction the share of 4 and 5 among the answers to {@code overall}
 * @param questions per question the answers, skips, mean (scale) and distribution
 * @param rank 1 for the most satisfied among the centre's ranked administrators; null when not
 *     ranked (fewer responses than {@code minSample})
 */
public record AdministratorRating(
        String key,
        String name,
        long responses,
        long completed,
        long partial,
        long negative,
        @Nullable Double satisfaction,
        Map<String, Rating.QuestionFigures> questions,
        boolean ranked,
        @Nullable Integer rank) {

    static AdministratorRating of(AdministratorFigures.Administrator administrator, @Nullable Integer rank) {
        Tally tally = administrator.tally();
        return new AdministratorRating(
                administrator.key(),
                administrator.name(),
                tally.responses,
                tally.completed,
                tally.partial,
                tally.negative,
                Rating.satisfaction(tally),
                Rating.questions(tally),
                rank != null,
                rank);
    }
}
