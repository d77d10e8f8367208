package ua.vidguk.survey;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test on the answer to one question: used by {@code when} (ask a question only if an earlier
 * answer fits) and by {@code negative-when} (the response is negative if an answer fits). Every
 * bound that is set must hold; an unanswered or skipped question matches nothing.
 *
 * @param question the id of the question whose answer is tested
 * @param atLeast the smallest matching rating, or {@code null}
 * @param atMost the largest matching rating, or {@code null}
 * @param is the matching canonical answers (ratings, option ids, {@code yes}/{@code no}); empty for
 *     no such test
 */
public record Condition(String question, Integer atLeast, Integer atMost, Set<String> is) {

    public Condition {
        is = Set.copyOf(is);
    }

    /** Whether a canonical answer fits; {@code null} and {@code ""} (not asked, skipped) never do. */
    public boolean matches(String answer) {
        if (answer == null || answer.isEmpty()) {
            return false;
        }
        if (!is.isEmpty() && !is.contains(answer)) {
            return false;
        }
        if (atLeast == null && atMost == null) {
            return true;
        }
        int rating;
        try {
            rating = Integer.parseInt(answer);
        } catch (NumberFormatException notARating) {
            return false;
        }
        return (atLeast == null || rating >= atLeast) && (atMost == null || rating <= atMost);
    }

    /** Whether this condition holds for the answers given so far, keyed by question id. */
    public boolean matches(Map<String, String> answers) {
        return matches(answers.get(question));
    }

    /** Whether any of the conditions holds: a list of conditions means "any of them". */
    public static boolean anyMatches(List<Condition> conditions, Map<String, String> answers) {
        return conditions.stream().anyMatch(condition -> condition.matches(answers));
    }
}
