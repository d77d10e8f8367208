package ua.vidguk.dispatch;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.dispatch.Invitation.Status;
import ua.vidguk.retention.RetentionJob;
import ua.vidguk.retention.RetentionProperties;
import ua.vidguk.retention.Sweep;

/**
 * What dispatch stored about a person, once nothing needs it. An invitation no longer waiting
 * loses its copy of the visit's phone and administrator {@code vidguk.retention.invitation-contacts}
 * after its last change (its conversation is over by then, and the figures have read the
 * administrator); its status, channel and campaign stay for the campaign's progress. A number's
 * last invitation is forgotten after {@code vidguk.retention.invited-numbers}, at least the longest
 * {@code noRepeatDays}: each removal guarded, since a send may claim the number meanwhile. Nightly
 * {@link Sweep}s, since neither id starts with the time.
 */
@Component
class DispatchRetention implements RetentionJob {

    /** Statuses an invitation never leaves for one that sends. */
    private static final Set<Status> DONE = Arrays.stream(Status.values())
            .filter(status -> !status.waiting() && status != Status.SENDING)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final MongoTemplate mongo;
    private final RetentionProperties retention;

    DispatchRetention(MongoTemplate mongo, RetentionProperties retention) {
        this.mongo = mongo;
        this.retention = retention;
    }

    @Override
    public long run(Instant now) {
        Predicate<Document> longUnchanged = Sweep.before("updatedAt", now.minus(retention.invitationContacts()));
        List<String> done = DONE.stream().map(Enum::name).toList();
        long invitations = Sweep.update(
                mongo,
                Invitation.COLLECTION,
                List.of("updatedAt", "status", "phone"),
                found -> longUnchanged.test(found)
                        && done.contains(found.getString("status"))
                        && found.containsKey("phone"),
                new Update().unset("phone").unset("administrator"));
        long numbers =
                Sweep.removeGuarded(mongo, NoRepeat.COLLECTION, "invitedAt", now.minus(retention.invitedNumbers()));
        return invitations + numbers;
    }
}
