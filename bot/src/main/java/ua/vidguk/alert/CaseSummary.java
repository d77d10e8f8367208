package ua.vidguk.alert;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A case as a list shows it, for pages outside this feature.
 *
 * @param status {@code OPEN}, {@code TAKEN} or {@code RESOLVED}
 * @param summary the case in one line: the centre, the time and the first answers; never the
 *     visitor's number
 */
public record CaseSummary(
        String id,
        String cnapCode,
        @Nullable String region,
        String status,
        Instant receivedAt,
        String summary,
        @Nullable String resolution) {

    static CaseSummary of(AlertCase c) {
        return new CaseSummary(
                c.id(), c.cnapCode(), c.region(), c.status().name(), c.receivedAt(), c.line(), c.resolution());
    }
}
