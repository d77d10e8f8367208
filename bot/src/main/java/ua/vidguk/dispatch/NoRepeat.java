package ua.vidguk.dispatch;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * When each number was last invited, across campaigns: the "not again within N days" rule, taken
 * at send time with one atomic operation on the number's {@code _id}, so two campaigns cannot
 * both invite a number on the same day.
 */
@Component
class NoRepeat {

    static final String COLLECTION = "invited_numbers";

    private final MongoTemplate mongo;

    NoRepeat(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A claim on a number; {@code previous} is what to put back if the invitation did not go. */
    record Claim(String phone, @Nullable Instant previous) {}

    /**
     * @param invitationId who claims: an instance that stopped before this invitation went out left
     *     its claim, and the invitation is sent after all by the instance that takes it over
     * @return the claim, or null when the number was invited within {@code days}
     */
    @Nullable
    Claim claim(String phone, String invitationId, int days, Instant now) {
        // Most numbers were never invited: the insert alone settles those.
        try {
            mongo.insert(new Invited(phone, now, invitationId));
            return new Claim(phone, null);
        } catch (DuplicateKeyException invitedBefore) {
            var taken = mongo.findAndModify(
                    query(where("_id")
                            .is(phone)
                            .orOperator(
                                    where("invitedAt").lte(now.minus(Duration.ofDays(days))),
                                    where("invitationId").is(invitationId))),
                    new Update().set("invitedAt", now).set("invitationId", invitationId),
                    FindAndModifyOptions.options().returnNew(false),
                    Invited.class);
            return taken == null ? null : new Claim(phone, taken.invitedAt());
        }
    }

    /** Gives a claim back: the number was not invited after all. */
    void release(Claim claim) {
        if (claim.previous() == null) {
            mongo.findAndRemove(query(where("_id").is(claim.phone())), Invited.class);
        } else {
            mongo.findAndModify(
                    query(where("_id").is(claim.phone())),
                    new Update().set("invitedAt", claim.previous()),
                    Invited.class);
        }
    }

    /** @param invitationId the invitation that claimed it last (none in records from before it was kept) */
    @Document(NoRepeat.COLLECTION)
    record Invited(
            @Id String phone, Instant invitedAt, @Nullable String invitationId) {}
}
