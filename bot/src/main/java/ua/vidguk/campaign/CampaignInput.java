package ua.vidguk.campaign;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as a coordinator writes it. Times are ISO-8601 ({@code 2026-12-01T00:00:00+02:00}),
 * durations too ({@code PT2H}, {@code P3D}).
 *
 * @param cnapCodes centres covered; with {@code regions}, either may be empty; both empty = all
 * @param delayAfterVisit how long after the visit the invitation goes out
 * @param ratePerSecond invitations per second and channel ({@code SMS}, {@code VIBER}, {@code
 *     TELEGRAM}); a channel not named is not limited
 * @param noRepeatDays a number surveyed within this many days is not surveyed again
 * @param maxVisitAge a visit older than this when its invitation falls due is not surveyed
 * @param reminderAfter one reminder after this long without an answer; none when absent
 */
public record CampaignInput(
        @Nullable String name,
        @Nullable String survey,
        @Nullable List<String> cnapCodes,
        @Nullable List<String> regions,
        @Nullable String startsAt,
        @Nullable String endsAt,
        @Nullable String delayAfterVisit,
        @Nullable Window sendWindow,
        @Nullable Map<String, Integer> ratePerSecond,
        @Nullable Integer noRepeatDays,
        @Nullable String maxVisitAge,
        @Nullable String reminderAfter) {

    /** @param days e.g. {@code ["MONDAY", "TUESDAY"]}; every day when absent */
    public record Window(
            @Nullable String opens,
            @Nullable String closes,
            @Nullable List<String> days) {}
}
