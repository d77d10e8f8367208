package ua.vidguk.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * The answer of {@link EntryLimits#admit}.
 *
 * @param admitted whether the survey may open
 * @param count the entries of this identity about this centre in this hour, this one included
 *     (refused ones too)
 * @param limit the hourly limit of the identity's kind
 * @param resetsAt the start of the next hour (UTC), when the identity is admitted again
 */
public record Admission(boolean admitted, int count, int limit, Instant resetsAt) {

    /** For a {@code Retry-After} header: whole seconds until {@link #resetsAt()}, at least one. */
    public long retryAfterSeconds(Instant now) {
        return Math.max(1, Duration.between(now, resetsAt).toSeconds());
    }
}
