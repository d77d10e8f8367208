package ua.vidguk.figures;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A month, a quarter or a year of Kyiv days, as the dashboard and the public ratings name them:
 * {@code 2025-06}, {@code 2025-Q2}, {@code 2025}.
 *
 * @param key how it is written in a link
 * @param from its first day
 * @param to its last day (inclusive), also for a period that is not over yet
 */
public record Period(String key, LocalDate from, LocalDate to) {

    /** The zone the figures count days in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public static Period month(YearMonth month) {
        return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(
                year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Reads {@code 2025-06}, {@code 2025-Q2} or {@code 2025}; empty for anything else. */
    public static Optional<Period> parse(String text) {
        var month = MONTH.matcher(text);
        if (month.matches()) {
            int number = Integer.parseInt(month.group(2));
            return number < 1 || number > 12
                    ? Optional.empty()
                    : Optional.of(month(YearMonth.of(Integer.parseInt(month.group(1)), number)));
        }
        var quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            return Optional.of(quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2))));
        }
        return YEAR.matcher(text).matches() ? Optional.of(year(Integer.parseInt(text))) : Optional.empty();
    }

    public boolean isMonth() {
        return MONTH.matcher(key).matches();
    }

    public boolean isQuarter() {
        return QUARTER.matcher(key).matches();
    }

    /** The same kind of period just before this one. */
    public Period previous() {
        if (isMonth()) {
            return month(YearMonth.from(from).minusMonths(1));
        }
        if (isQuarter()) {
            Period before = month(YearMonth.from(from).minusMonths(3));
            return quarter(before.from.getYear(), (before.from.getMonthValue() + 2) / 3);
        }
        return year(from.getYear() - 1);
    }

    /** Whether it has begun by this day (a period still to come has no figures). */
    public boolean begunBy(LocalDate today) {
        return !from.isAfter(today);
    }

    /** {@code червень 2025}, {@code II квартал 2025}, {@code 2025 рік}; in English with {@code english}. */
    public String label(boolean english) {
        if (isMonth()) {
            Month month = from.getMonth();
            return month.getDisplayName(TextStyle.FULL_STANDALONE, english ? Locale.ENGLISH : UKRAINIAN) + " "
                    + from.getYear();
        }
        if (isQuarter()) {
            int quarter = (from.getMonthValue() + 2) / 3;
            return english ? "Q" + quarter + " " + from.getYear() : ROMAN[quarter - 1] + " квартал " + from.getYear();
        }
        return english ? String.valueOf(from.getYear()) : from.getYear() + " рік";
    }
}
