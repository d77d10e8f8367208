package ua.vidguk.figures;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The {@code _id}s of the figures documents: the tier (centre or region), then the period, then
 * the centre's or region's code, so that every centre's (or region's) figures of a run of days,
 * months or years are one contiguous range of {@code _id}s, which the embedded database walks by
 * its index instead of reading the whole collection. Centres keep the unprefixed ids they had
 * before regions were counted ({@code d|2025-06-05|0001}); regions' start with {@code r}
 * ({@code rd|2025-06-05|UA-74}), so neither range holds the other's documents.
 */
enum FigureKeys {
    CENTRE(""),
    REGION("r");

    static final String COLLECTION = "figures";

    /**
     * Which conversations were counted everywhere: {@code <Kyiv date of the end>|<conversation>},
     * so that the old ones are removed by an {@code _id} range.
     */
    static final String COUNTED = "figures_counted";

    /** Sorts after any code, so that {@code to + END} bounds a range of periods. */
    static final String END = "|\uffff";

    private final String prefix;

    FigureKeys(String prefix) {
        this.prefix = prefix;
    }

    String day(LocalDate day, String code) {
        return day(day) + "|" + code;
    }

    String month(YearMonth month, String code) {
        return month(month) + "|" + code;
    }

    String year(int year, String code) {
        return year(year) + "|" + code;
    }

    String day(LocalDate day) {
        return prefix + "d|" + day;
    }

    String month(YearMonth month) {
        return prefix + "m|" + month;
    }

    String year(int year) {
        return prefix + "y|" + year;
    }

    static String counted(LocalDate day, String sessionId) {
        return day + "|" + sessionId;
    }
}
