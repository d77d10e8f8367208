package ua.vidguk.campaign;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import ua.vidguk.access.AccessScope;
import ua.vidguk.channel.Channel;
import ua.vidguk.scheduler.SendWindow;

/**
 * A campaign as stored and shown; see {@link CampaignInput} for what each setting means.
 *
 * @param settling set, with the state it left ({@code from}, null for a new campaign), in the same
 *     write that changes the state, and removed once dispatch has heard of the change (its
 *     invitations scheduled, held or dropped): a failure or a stop in between leaves it for {@link
 *     CampaignSettling} to publish again. Not shown in the API
 */
@Document("campaigns")
public record Campaign(
        @Id String id,
        String name,
        String survey,
        Set<String> cnapCodes,
        Set<String> regions,
        Instant startsAt,
        Instant endsAt,
        Duration delayAfterVisit,
        SendWindow sendWindow,
        Map<Channel, Integer> ratePerSecond,
        int noRepeatDays,
        Duration maxVisitAge,
        @Nullable Duration reminderAfter,
        State state,
        Instant createdAt,
        Instant updatedAt,
        @JsonIgnore @Nullable Settling settling) {

    /** @param from the state the campaign left; null when it was created */
    public record Settling(@Nullable State from) {}

    public enum State {
        ACTIVE,
        PAUSED,
        CANCELLED
    }

    /** Whether a visit to this centre, in this region, is the campaign's to survey. */
    public boolean covers(String cnapCode, String region) {
        return (cnapCodes.isEmpty() && regions.isEmpty()) || cnapCodes.contains(cnapCode) || regions.contains(region);
    }

    /**
     * Whether a caller of this scope sees the campaign: it reaches at least one centre of the scope
     * (a national campaign reaches every scope).
     *
     * @param regionOf a centre's region, null when there is no such centre
     */
    public boolean touches(AccessScope scope, Function<String, @Nullable String> regionOf) {
        return CampaignTargets.touch(cnapCodes, regions, scope, regionOf);
    }

    /** Whether a caller of this scope may steer the campaign: everything it reaches is within the scope. */
    boolean within(AccessScope scope, Function<String, @Nullable String> regionOf) {
        return CampaignTargets.within(cnapCodes, regions, scope, regionOf);
    }

    Campaign withState(State next, Instant at) {
        return new Campaign(
                id,
                name,
                survey,
                cnapCodes,
                regions,
                startsAt,
                endsAt,
                delayAfterVisit,
                sendWindow,
                ratePerSecond,
                noRepeatDays,
                maxVisitAge,
                reminderAfter,
                next,
                createdAt,
                at,
                new Settling(state));
    }
}
