package ua.vidguk.conversation;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import ua.vidguk.channel.Channel;

/**
 * Which responses to read. Every part is optional; together they must all hold.
 *
 * @param cnapCodes the centres to read, empty for every centre
 * @param region the region the response was given in, null for any
 * @param endedFrom the earliest end, inclusive; null for no lower bound
 * @param endedBefore the end before which responses end, exclusive; null for no upper bound
 * @param channel the channel the conversation ended on, null for any
 * @param surveyId the survey asked, null for any
 */
public record ResponseFilter(
        Set<String> cnapCodes,
        @Nullable String region,
        @Nullable Instant endedFrom,
        @Nullable Instant endedBefore,
        @Nullable Channel channel,
        @Nullable String surveyId) {

    /** Every response. */
    public static final ResponseFilter ALL = new ResponseFilter(Set.of(), null, null, null, null, null);

    public ResponseFilter {
        cnapCodes = Set.copyOf(cnapCodes);
    }

    public boolean matches(ResponseRow row) {
        return (cnapCodes.isEmpty() || cnapCodes.contains(row.cnapCode()))
                && (region == null || region.equals(row.region()))
                && (endedFrom == null || !row.endedAt().isBefore(endedFrom))
                && (endedBefore == null || row.endedAt().isBefore(endedBefore))
                && (channel == null || channel == row.channel())
                && (surveyId == null || surveyId.equals(row.surveyId()));
    }
}
