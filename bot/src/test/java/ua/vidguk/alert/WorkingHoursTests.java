package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WorkingHoursTests {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    final WorkingHours hours = new WorkingHours(
            LocalTime.of(9, 0), LocalTime.of(18, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), KYIV);

    @Test
    void twoWorkingHoursFromFridayAfternoonEndOnMondayMorning() {
        assertThat(hours.plus(kyiv("2026-11-27T17:30"), Duration.ofHours(2))).isEqualTo(kyiv("2026-11-30T10:30"));
    }

    @Test
    void timeBeforeOpeningAndOnWeekendsDoesNotCount() {
        assertThat(hours.plus(kyiv("2026-11-24T07:00"), Duration.ofHours(2))).isEqualTo(kyiv("2026-11-24T11:00"));
        assertThat(hours.plus(kyiv("2026-11-28T12:00"), Duration.ofHours(2))).isEqualTo(kyiv("2026-11-30T11:00"));
    }

    @Test
    void withinOneDayItIsPlainAddition() {
        assertThat(hours.plus(kyiv("2026-11-24T10:00"), Duration.ofMinutes(90))).isEqualTo(kyiv("2026-11-24T11:30"));
    }

    @Test
    void workingDaysSkipTheWeekendAndEndAtClosing() {
        assertThat(hours.plusWorkingDays(kyiv("2026-11-26T10:00"), 3)).isEqualTo(kyiv("2026-12-01T18:00"));
    }

    private static Instant kyiv(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), KYIV).toInstant();
    }
}
