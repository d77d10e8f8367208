package ua.vidguk.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LimitKeysTests {

    @Test
    void anEntryCounterIsKeyedByUtcHourKindCentreAndHash() {
        assertThat(LimitKeys.entry(Instant.parse("2026-11-24T08:00:00Z"), EntryKind.WEB_ADDRESS, "CH-001", "h4sh"))
                .isEqualTo("2026-11-24T08|w|CH-001|h4sh");
    }

    @Test
    void everyCounterOfAnEarlierHourSortsBelowTheHoursBoundAndNoneOfItsOwn() {
        String bound = LimitKeys.hour(Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(LimitKeys.entry(Instant.parse("2026-11-24T08:00:00Z"), EntryKind.MESSENGER, "ZZ", "z"))
                .isLessThan(bound);
        assertThat(LimitKeys.entry(Instant.parse("2026-11-24T09:00:00Z"), EntryKind.MESSENGER, "A", "a"))
                .isGreaterThan(bound);
        assertThat(LimitKeys.entry(Instant.parse("2026-12-01T00:00:00Z"), EntryKind.MESSENGER, "A", "a"))
                .isGreaterThan(bound);
    }

    @Test
    void windowsAreFixedFromTheEpoch() {
        Duration half = Duration.ofMinutes(30);
        assertThat(LimitKeys.windowStart(Instant.parse("2026-11-24T08:29:59.999Z"), half))
                .isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
        assertThat(LimitKeys.windowStart(Instant.parse("2026-11-24T08:30:00Z"), half))
                .isEqualTo(Instant.parse("2026-11-24T08:30:00Z"));
        assertThat(LimitKeys.window(Instant.parse("2026-11-24T08:30:00Z"), "CH-001"))
                .isEqualTo("2026-11-24T08:30|CH-001");
        assertThat(LimitKeys.window(Instant.parse("2026-11-24T08:00:00Z"), "CH-001"))
                .isLessThan(LimitKeys.minute(Instant.parse("2026-11-24T08:30:00Z")));
    }
}
