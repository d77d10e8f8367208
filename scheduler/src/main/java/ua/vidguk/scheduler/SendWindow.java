package ua.vidguk.scheduler;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When invitations may go out: on the given days, from {@code opens} until {@code closes}, in
 * Kyiv time. An invitation due outside the window waits for its next opening; it is never dropped.
 *
 * @param opens inclusive
 * @param closes exclusive, after {@code opens} on the same day
 */
public record SendWindow(LocalTime opens, LocalTime closes, Set<DayOfWeek> days) {

    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    public SendWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("The window must open before it closes on the same day");
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("The window needs at least one day of the week");
        }
        // An EnumSet iterates Monday to Sunday, so the days are listed in that order wherever they
        // are shown or stored; Set.copyOf would list them in an order that changes from run to run.
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** Every day, all day: no restriction. */
    public static SendWindow always() {
        return new SendWindow(LocalTime.MIN, LocalTime.MAX, EnumSet.allOf(DayOfWeek.class));
    }

    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(KYIV);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** {@code at} itself when the window is open then, else the window's next opening. */
    public Instant earliest(Instant at) {
        if (isOpen(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(KYIV);
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(opens)) {
            day = day.plusDays(1);
        }
        while (!days.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        // A clock change never falls inside 09:00–20:00 in Kyiv, but atZone handles one anyway.
        return ZonedDateTime.of(day, opens, KYIV).toInstant();
    }
}
