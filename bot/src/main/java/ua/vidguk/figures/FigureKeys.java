package ua.vidguk.figures;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The {@code _id}s of the figures documents: the period first, then the centre, so that every
 * centre's figures of a run of days, months or years are one contiguous range of {@code _id}s,
 * which the embedded database walks by its index instead of reading the whole collection.
 */
final class FigureKeys {

    static final String COLLECTION = "figures";

    /** Sorts after any centre code, so that {@code to + END} bounds a range of periods. */
    static final String END = "|\uffff";

    private FigureKeys() {}

    static String day(LocalDate day, String cnapCode) {
        return day(day) + "|" + cnapCode;
    }

    static String month(YearMonth month, String cnapCode) {
        return month(month) + "|" + cnapCode;
    }

    static String year(int year, String cnapCode) {
        return year(year) + "|" + cnapCode;
    }

    static String day(LocalDate day) {
        return "d|" + day;
    }

    static String month(YearMonth month) {
        return "m|" + month;
    }

    static String year(int year) {
        return "y|" + year;
    }
}
