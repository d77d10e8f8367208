package ua.vidguk.dispatch;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.Channel;
import ua.vidguk.dispatch.Invitation.Status;

/**
 * Invitations by {@code _id}; every status change one {@code findAndModify} guarded by the statuses
 * it may leave, so a late event cannot undo a later one (an expiry cannot follow a completion).
 */
@Component
class InvitationStore {

    private final MongoTemplate mongo;

    InvitationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return false when the campaign already has an invitation for this visit */
    boolean add(Invitation invitation) {
        try {
            mongo.insert(invitation);
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    Optional<Invitation> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Invitation.class));
    }

    /** Invitations by id, in one read. */
    Map<String, Invitation> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mongo.find(query(where("_id").in(ids)), Invitation.class).stream()
                .collect(Collectors.toMap(Invitation::id, Function.identity()));
    }

    /** Moves an invitation on, if it is still in one of {@code from}; empty when it was not. */
    Optional<Invitation> move(String id, Set<Status> from, Status to, Instant at, @Nullable String reason) {
        return move(
                id, from, new Update().set("status", to).set("reason", reason).set("updatedAt", at));
    }

    /** Completes an invitation with what its conversation cost: the same one write as any move. */
    Optional<Invitation> completed(String id, Set<Status> from, int smsSegments, boolean linkTaken, Instant at) {
        var update = new Update()
                .set("status", Status.COMPLETED)
                .set("reason", null)
                .set("smsSegments", smsSegments)
                .set("linkTaken", linkTaken)
                .set("updatedAt", at);
        return move(id, from, update);
    }

    /**
     * Marks a waiting invitation as on its way to the provider, right before its first message
     * goes: from here on a stopped instance leaves it unknown. Empty when it was no longer waiting
     * (paused, cancelled, or taken by another instance): then it must not go.
     */
    Optional<Invitation> sending(String id, Instant at) {
        return move(
                id,
                Set.of(Status.SCHEDULED, Status.PENDING),
                new Update().set("status", Status.SENDING).set("updatedAt", at));
    }

    Optional<Invitation> sent(String id, Channel channel, String sessionId, Instant at) {
        var update = new Update()
                .set("status", Status.SENT)
                .set("channel", channel)
                .set("sessionId", sessionId)
                .set("updatedAt", at);
        return move(id, Set.of(Status.SENDING), update);
    }

    Optional<Invitation> rescheduled(String id, Status status, Instant dueAt, Instant at) {
        return rescheduled(id, Set.of(Status.SCHEDULED, Status.PENDING, Status.PAUSED), status, dueAt, at);
    }

    Optional<Invitation> rescheduled(String id, Set<Status> from, Status status, Instant dueAt, Instant at) {
        var update = new Update().set("status", status).set("dueAt", dueAt).set("updatedAt", at);
        return move(id, from, update);
    }

    private Optional<Invitation> move(String id, Set<Status> from, Update update) {
        return Optional.ofNullable(mongo.findAndModify(
                query(where("_id").is(id).and("status").in(from)),
                update,
                FindAndModifyOptions.options().returnNew(true),
                Invitation.class));
    }

    /** A campaign's invitations; reads the collection through, for rare events (pause, resume, cancel). */
    List<Invitation> ofCampaign(String campaignId, Set<Status> statuses) {
        return mongo.find(query(where("campaignId").is(campaignId).and("status").in(statuses)), Invitation.class);
    }

    /** How many of a campaign's invitations are in each status, and why the skipped ones were. */
    Map<String, Long> count(String campaignId) {
        return count(campaignId, null);
    }

    /** As {@link #count(String)}, of these centres' invitations only; all when {@code centres} is null. */
    Map<String, Long> count(String campaignId, @Nullable Collection<String> centres) {
        return progress(campaignId, centres).invitations();
    }

    /**
     * The counts of {@link #count(String, Collection)} and the SMS reach of the completed ones, in
     * one read of the campaign's (or these centres') invitations.
     */
    CampaignProgress progress(String campaignId, @Nullable Collection<String> centres) {
        Map<String, Long> counts = new TreeMap<>();
        var reach = new SmsReach.Tally();
        var criteria = where("campaignId").is(campaignId);
        if (centres != null) {
            criteria = criteria.and("cnapCode").in(centres);
        }
        try (var all = mongo.stream(query(criteria), Invitation.class)) {
            all.forEach(invitation -> {
                counts.merge(invitation.status().name(), 1L, Long::sum);
                if (invitation.reason() != null) {
                    counts.merge(invitation.status().name() + ": " + invitation.reason(), 1L, Long::sum);
                }
                reach.add(invitation);
            });
        }
        return new CampaignProgress(counts, reach.reach());
    }
}
