package ua.vidguk.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurstWindowTests {

    private static final Instant AT = Instant.parse("2026-11-24T08:10:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(30);

    @Test
    void countsTheResponsesOfTheSlidingWindowEndingAtTheResponseAcrossBothDocuments() {
        List<String> previous = List.of(
                BurstWindow.entry(Instant.parse("2026-11-24T07:35:00Z"), "old"),
                BurstWindow.entry(Instant.parse("2026-11-24T07:45:00Z"), "a"),
                BurstWindow.entry(Instant.parse("2026-11-24T07:55:00Z"), "b"));
        List<String> current = List.of(
                BurstWindow.entry(Instant.parse("2026-11-24T08:05:00Z"), "c"),
                BurstWindow.entry(AT, "this"),
                BurstWindow.entry(Instant.parse("2026-11-24T08:20:00Z"), "later"));

        assertThat(BurstWindow.count(List.of(current, previous), AT, WINDOW)).isEqualTo(4);
    }

    @Test
    void theWindowsOpenEndIsLeftOut() {
        List<String> seen = List.of(BurstWindow.entry(AT.minus(WINDOW), "edge"), BurstWindow.entry(AT, "this"));

        assertThat(BurstWindow.count(List.of(seen), AT, WINDOW)).isEqualTo(1);
    }

    @Test
    void anEntrySortsByTimeAndNamesItsResponse() {
        assertThat(BurstWindow.entry(Instant.ofEpochMilli(5), "x")).isEqualTo("0000000000005|x");
    }

    @Test
    void aSuspicionSaysWhatWasSeen() {
        assertThat(new Suspicion(12, 10, WINDOW).reason())
                .isEqualTo("12 anonymous negative responses about the centre within 30 minutes (more than 10)");
    }
}
