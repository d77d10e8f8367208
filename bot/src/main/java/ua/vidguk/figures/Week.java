package ua.vidguk.figures;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One ISO week of a report's trend (Monday to Sunday, Kyiv days), as far as it lies in the period.
 *
 * @param week the ISO week, {@code 2025-W23}
 * @param from the first day counted: the Monday, or the period's first day
 * @param to the last day counted: the Sunday, or the period's last day
 * @param partial whether the period cuts the week (fewer than seven days counted)
 * @param satisfaction the share of 4 and 5 on {@code overall}; null when nobody rated it
 */
public record Week(
        String week,
        LocalDate from,
        LocalDate to,
        boolean partial,
        long responses,
        long negative,
        @Nullable Double satisfaction) {}
