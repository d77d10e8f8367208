package ua.vidguk.alert;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Deadlines counted in a centre's working hours: time outside them (nights, weekends) does not
 * count, so a case that arrives on Friday evening is not escalated before Monday.
 */
record WorkingHours(LocalTime opens, LocalTime closes, Set<DayOfWeek> days, ZoneId zone) {

    WorkingHours {
        days = Set.copyOf(days);
        if (!opens.isBefore(closes) || days.isEmpty()) {
            throw new IllegalArgumentException("Working hours need opens < closes and at least one day");
        }
    }

    /** The moment when {@code work} of working time has passed since {@code from}. */
    Instant plus(Instant from, Duration work) {
        ZonedDateTime at = from.atZone(zone);
        Duration left = work;
        for (int day = 0; day < 3_700; day++) {
            LocalDate date = at.toLocalDate();
            if (days.contains(date.getDayOfWeek())) {
                ZonedDateTime open = date.atTime(opens).atZone(zone);
                ZonedDateTime close = date.atTime(closes).atZone(zone);
                ZonedDateTime start = at.isBefore(open) ? open : at;
                if (start.isBefore(close)) {
                    Duration available = Duration.between(start, close);
                    if (available.compareTo(left) >= 0) {
                        return start.plus(left).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            at = date.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("No working time within ten years");
    }

    /** The end of the {@code count}-th working day after the one {@code from} falls in. */
    Instant plusWorkingDays(Instant from, int count) {
        LocalDate date = from.atZone(zone).toLocalDate();
        int passed = 0;
        while (passed < count) {
            date = date.plusDays(1);
            if (days.contains(date.getDayOfWeek())) {
                passed++;
            }
        }
        return date.atTime(closes).atZone(zone).toInstant();
    }
}
