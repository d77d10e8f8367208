package ua.vidguk.report;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    /** The period a key names, or empty when the key is none of the three forms (or a year before 2000). */
    public static Optional<ReportPeriod> parse(String key) {
        String text = key.strip();
        var month = MONTH.matcher(text);
        var quarter = QUARTER.matcher(text);
        if (month.matches()) {
            int number = Integer.parseInt(month.group(2));
            if (number < 1 || number > 12) {
                return Optional.empty();
            }
            return of(Integer.parseInt(month.group(1)), number, 1, Kind.MONTH, text);
        }
        if (quarter.matches()) {
            int number = Integer.parseInt(quarter.group(2));
            return of(
                    Integer.parseInt(quarter.group(1)),
                    number * 3 - 2,
                    3,
                    Kind.QUARTER,
                    quarter.group(1) + "-Q" + number);
        }
        if (YEAR.matcher(text).matches()) {
            return of(Integer.parseInt(text), 1, 12, Kind.YEAR, text);
        }
        return Optional.empty();
    }

    /** The month before the one {@code today} is in: the last whole month, the default report. */
    public static ReportPeriod lastMonth(LocalDate today) {
        YearMonth month = YearMonth.from(today).minusMonths(1);
        return new ReportPeriod(month.toString(), Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    private static Optional<ReportPeriod> of(int year, int firstMonth, int months, Kind kind, String key) {
        if (year < 2000 || year > 2999) {
            return Optional.empty();
        }
        YearMonth first = YearMonth.of(year, firstMonth);
        return Optional.of(new ReportPeriod(
                key, kind, first.atDay(1), first.plusMonths(months - 1).atEndOfMonth()));
    }

    /** In Ukrainian, for the printed page: {@code червень 2025}, {@code II квартал 2025}, {@code 2025 рік}. */
    public String nameUk() {
        return switch (kind) {
            case MONTH -> Month.from(from).getDisplayName(TextStyle.FULL_STANDALONE, UKRAINIAN) + " " + from.getYear();
            case QUARTER ->
                new String[] {"I", "II", "III", "IV"}[(from.getMonthValue() - 1) / 3] + " квартал " + from.getYear();
            case YEAR -> from.getYear() + " рік";
        };
    }

    /** In English, second on the printed page. */
    public String nameEn() {
        return switch (kind) {
            case MONTH ->
                Month.from(from).getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH) + " " + from.getYear();
            case QUARTER -> "Q" + ((from.getMonthValue() + 2) / 3) + " " + from.getYear();
            case YEAR -> String.valueOf(from.getYear());
        };
    }
}
