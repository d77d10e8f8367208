package ua.vidguk.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import ua.vidguk.figures.Period;

/**
 * A report's period: a month ({@code 2025-06}), a quarter ({@code 2025-Q2}) or a year ({@code
 * 2025}), in Kyiv days.
 *
 * @param key as written in a request
 */
public record ReportPeriod(String key, Kind kind, LocalDate from, LocalDate to) {

    /** How long the period is; the one before it is as long. */
    public enum Kind {
        MONTH,
        QUARTER,
        YEAR
    }

    /**
     * The period a key names, or empty when the key is none of the three forms (or a year before
     * 2000): read as the ratings read it ({@link Period}), with a lower-case {@code q} allowed.
     */
    public static Optional<ReportPeriod> parse(String key) {
        return Period.parse(key.strip().toUpperCase(Locale.ROOT))
                .filter(period ->
                        period.from().getYear() >= 2000 && period.from().getYear() <= 2999)
                .map(ReportPeriod::of);
    }

    /** The month before the one {@code today} is in: the last whole month, the default report. */
    public static ReportPeriod lastMonth(LocalDate today) {
        return of(Period.month(YearMonth.from(today).minusMonths(1)));
    }

    private static ReportPeriod of(Period period) {
        Kind kind = period.isMonth() ? Kind.MONTH : period.isQuarter() ? Kind.QUARTER : Kind.YEAR;
        return new ReportPeriod(period.key(), kind, period.from(), period.to());
    }

    /** In Ukrainian, for the printed page: {@code червень 2025}, {@code II квартал 2025}, {@code 2025 рік}. */
    public String nameUk() {
        return new Period(key, from, to).label(false);
    }

    /** In English, second on the printed page. */
    public String nameEn() {
        return new Period(key, from, to).label(true);
    }
}
