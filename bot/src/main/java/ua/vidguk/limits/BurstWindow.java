package ua.vidguk.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Counting a burst, apart from storage: each response is kept as {@code <epoch ms>|<response
 * id>} in the window document of its time, so that hearing a response again adds nothing ({@code
 * $addToSet}), and a burst is counted over the sliding window that ends at the response, across
 * the fixed window it fell in and the one before.
 */
final class BurstWindow {

    private BurstWindow() {}

    static String entry(Instant at, String responseId) {
        return String.format("%013d", at.toEpochMilli()) + "|" + responseId;
    }

    /** The entries in {@code (at - window, at]}. */
    static int count(Collection<List<String>> documents, Instant at, Duration window) {
        long to = at.toEpochMilli();
        long from = to - window.toMillis();
        int count = 0;
        for (List<String> seen : documents) {
            for (String entry : seen) {
                long ms = Long.parseLong(entry.substring(0, entry.indexOf('|')));
                if (ms > from && ms <= to) {
                    count++;
                }
            }
        }
        return count;
    }
}
