package ua.vidguk.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SendWindowTests {

    // 09:00–20:00 on weekdays, Kyiv time. 2026-11-27 is a Friday.
    final SendWindow weekdays =
            new SendWindow(LocalTime.of(9, 0), LocalTime.of(20, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    @Test
    void aTimeInsideTheWindowIsItsOwnEarliest() {
        Instant friday = kyiv("2026-11-27T12:30");
        assertThat(weekdays.isOpen(friday)).isTrue();
        assertThat(weekdays.earliest(friday)).isEqualTo(friday);
    }

    @Test
    void beforeOpeningWaitsForTheSameDaysOpeningAndAfterClosingForTheNextDays() {
        assertThat(weekdays.earliest(kyiv("2026-11-26T07:15"))).isEqualTo(kyiv("2026-11-26T09:00"));
        assertThat(weekdays.earliest(kyiv("2026-11-26T20:00"))).isEqualTo(kyiv("2026-11-27T09:00"));
        assertThat(weekdays.isOpen(kyiv("2026-11-26T09:00"))).isTrue();
        assertThat(weekdays.isOpen(kyiv("2026-11-26T20:00"))).isFalse();
    }

    @Test
    void aWeekendVisitWaitsForMonday() {
        assertThat(weekdays.earliest(kyiv("2026-11-27T21:00"))).isEqualTo(kyiv("2026-11-30T09:00"));
        assertThat(weekdays.earliest(kyiv("2026-11-29T11:00"))).isEqualTo(kyiv("2026-11-30T09:00"));
    }

    @Test
    void kyivTimeIsKeptAcrossTheSummerTimeChange() {
        // 2027-03-28: Kyiv moves from UTC+2 to UTC+3.
        var daily = new SendWindow(LocalTime.of(9, 0), LocalTime.of(20, 0), EnumSet.allOf(DayOfWeek.class));
        assertThat(daily.earliest(Instant.parse("2027-03-27T19:00:00Z")))
                .isEqualTo(Instant.parse("2027-03-28T06:00:00Z"));
    }

    @Test
    void aWindowThatNeverOpensIsRefused() {
        assertThatThrownBy(() -> new SendWindow(LocalTime.of(20, 0), LocalTime.of(9, 0), Set.of(DayOfWeek.MONDAY)))
                .hasMessageContaining("open before it closes");
        assertThatThrownBy(() -> new SendWindow(LocalTime.of(9, 0), LocalTime.of(20, 0), Set.of()))
                .hasMessageContaining("at least one day");
    }

    @Test
    void daysAreListedMondayToSundayWhateverOrderTheyCameIn() {
        var reversed = new LinkedHashSet<>(List.of(DayOfWeek.values()).reversed());

        var window = new SendWindow(LocalTime.of(9, 0), LocalTime.of(20, 0), reversed);

        assertThat(window.days()).containsExactly(DayOfWeek.values());
    }

    static Instant kyiv(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SendWindow.KYIV).toInstant();
    }
}
