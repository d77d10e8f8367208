package ua.vidguk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionTests {

    @Test
    void atMostAndAtLeastBoundRatings() {
        Condition lowOrMiddle = new Condition("overall", null, 3, Set.of());
        Condition twoToFour = new Condition("overall", 2, 4, Set.of());

        assertThat(lowOrMiddle.matches("1")).isTrue();
        assertThat(lowOrMiddle.matches("3")).isTrue();
        assertThat(lowOrMiddle.matches("4")).isFalse();
        assertThat(twoToFour.matches("1")).isFalse();
        assertThat(twoToFour.matches("4")).isTrue();
        assertThat(twoToFour.matches("5")).isFalse();
    }

    @Test
    void isMatchesAnyListedAnswer() {
        Condition notReceived = new Condition("received", null, null, Set.of("no"));
        Condition rudeOrPayment = new Condition("problem", null, null, Set.of("rude", "payment"));

        assertThat(notReceived.matches("no")).isTrue();
        assertThat(notReceived.matches("yes")).isFalse();
        assertThat(rudeOrPayment.matches("payment")).isTrue();
        assertThat(rudeOrPayment.matches("waiting")).isFalse();
    }

    @Test
    void unansweredSkippedOrNonNumericAnswersNeverMatch() {
        Condition low = new Condition("overall", null, 2, Set.of());

        assertThat(low.matches((String) null)).isFalse();
        assertThat(low.matches("")).isFalse();
        assertThat(low.matches("abc")).isFalse();
        assertThat(low.matches(Map.of("other", "1"))).isFalse();
    }

    @Test
    void aListOfConditionsMeansAnyOfThem() {
        List<Condition> negative = List.of(
                new Condition("overall", null, 2, Set.of()), new Condition("received", null, null, Set.of("no")));

        assertThat(Condition.anyMatches(negative, Map.of("overall", "5", "received", "no")))
                .isTrue();
        assertThat(Condition.anyMatches(negative, Map.of("overall", "2", "received", "yes")))
                .isTrue();
        assertThat(Condition.anyMatches(negative, Map.of("overall", "3", "received", "yes")))
                .isFalse();
        assertThat(Condition.anyMatches(List.of(), Map.of("overall", "1"))).isFalse();
    }
}
