package ua.vidguk.limits;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The {@code _id}s of the counters: time first, in fixed-width UTC, so that whatever is older than
 * a moment is one {@code _id} range, which the retention job removes without a scan.
 */
final class LimitKeys {

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    private LimitKeys() {}

    /** {@code 2026-11-24T08|m|CH-001|<hash>}: one identity's entries about a centre in an hour. */
    static String entry(Instant hour, EntryKind kind, String cnapCode, String hashedIdentity) {
        return hour(hour) + "|" + kind.key() + "|" + cnapCode + "|" + hashedIdentity;
    }

    /** The bound below which every entry counter is of an hour before {@code hour}'s. */
    static String hour(Instant hour) {
        return HOUR.format(hour);
    }

    /** {@code 2026-11-24T08:30|CH-001}: a centre's anonymous negative responses in one window. */
    static String window(Instant windowStart, String cnapCode) {
        return minute(windowStart) + "|" + cnapCode;
    }

    /** The bound below which every window document started before {@code windowStart}. */
    static String minute(Instant windowStart) {
        return MINUTE.format(windowStart);
    }

    /** The start of the fixed window (counted from the epoch) that holds the moment. */
    static Instant windowStart(Instant at, Duration window) {
        long length = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), length) * length);
    }
}
