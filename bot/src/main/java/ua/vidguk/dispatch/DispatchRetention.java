package ua.vidguk.dispatch;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Set;
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
        long invitations = Sweep.update(
                mongo,
                Invitation.COLLECTION,
                where("updatedAt")
                        .lt(Date.from(now.minus(retention.invitationContacts())))
                        .and("status")
                        .in(DONE.stream().map(Enum::name).toList())
                        .and("phone")
                        .exists(true),
                new Update().unset("phone").unset("administrator"));
        long numbers = Sweep.removeGuarded(
                mongo, NoRepeat.COLLECTION, where("invitedAt").lt(Date.from(now.minus(retention.invitedNumbers()))));
        return invitations + numbers;
    }
}
