package ua.vidguk.limits;

import java.time.Duration;

/**
 * A response that came in a burst of anonymous negative responses against its centre.
 *
 * @param count the anonymous negative responses about the centre in the window up to this one,
 *     this one included
 * @param threshold more than this many are a burst ({@code vidguk.limits.burst-negatives})
 * @param window the window they were counted in ({@code vidguk.limits.burst-window})
 */
public record Suspicion(int count, int threshold, Duration window) {

    /** In English, for the API: what was seen. */
    public String reason() {
        return count + " anonymous negative responses about the centre within " + window.toMinutes()
                + " minutes (more than " + threshold + ")";
    }
}
