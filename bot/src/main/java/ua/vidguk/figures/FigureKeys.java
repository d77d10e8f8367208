package ua.vidguk.figures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The {@code _id}s of the figures documents: the tier (centre or region), then the period, then
 * the centre's or region's code, so that every centre's (or region's) figures of a run of days,
 * months or years are one contiguous range of {@code _id}s, which the embedded database walks by
 * its index instead of reading the whole collection. Centres keep the unprefixed ids they had
 * before regions were counted ({@code d|2025-06-05|0001}); regions' start with {@code r}
 * ({@code rd|2025-06-05|UA-74}), so neither range holds the other's documents.
 *
 * <p>Administrators (who served a visit, when the centre named them) have months and years only,
 * with the centre before the administrator ({@code am|2025-06|0001|<administrator key>}, {@code
 * ay|2025|0001|…}): a centre's administrators of a month are one range, read only by that
 * centre's head.
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

    /** An administrator of a centre in a month: {@link #administrators(YearMonth, String)} plus the key. */
    static String administrator(YearMonth month, String centre, String key) {
        return administrators(month, centre) + "|" + key;
    }

    static String administrator(int year, String centre, String key) {
        return administrators(year, centre) + "|" + key;
    }

    /** What every administrator of a centre in a month has first in its {@code _id}. */
    static String administrators(YearMonth month, String centre) {
        return "am|" + month + "|" + centre;
    }

    static String administrators(int year, String centre) {
        return "ay|" + year + "|" + centre;
    }

    /**
     * The key of an administrator's name in an {@code _id}: any text may be a name ("Оксана К.",
     * "op/17"), so a short hash of it, case and spacing aside; 48 bits keep the few dozen staff
     * of a centre apart.
     */
    static String administratorKey(String name) {
        String same = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(same.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String counted(LocalDate day, String sessionId) {
        return day + "|" + sessionId;
    }
}
