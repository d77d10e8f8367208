package ua.vidguk.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Numbers as the printed report writes them, Ukrainian style: {@code 93,9 %}, {@code 4,17}, {@code 05.06}. */
final class ReportNumbers {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM");

    private ReportNumbers() {}

    static String percent(@Nullable Double share) {
        return share == null
                ? "—"
                : String.format(Locale.ROOT, "%.1f %%", share * 100).replace('.', ',');
    }

    static String number(@Nullable Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value).replace('.', ',');
    }

    static String shortDay(LocalDate day) {
        return SHORT.format(day);
    }
}
