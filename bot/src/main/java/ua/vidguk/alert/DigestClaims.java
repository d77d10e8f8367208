package ua.vidguk.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What the weekly digest has done, in {@code staff_jobs}: per chat ({@code weekly:<monday>:<scope>})
 * the messages it gets, written by whoever rendered them first, so that every instance sends the
 * same ones, and whether they are all in the outbox; per week ({@code weekly:<monday>}) that every
 * chat has its digest. A chat's claim is worked on by one instance at a time, under a lease, so
 * that its messages are queued by one; a lease left by a stopped instance runs out and the next
 * sweep takes it. Each change is one insert or one guarded {@code findAndModify}.
 */
@Component
class DigestClaims {

    static final Duration LEASE = Duration.ofMinutes(1);

    private final MongoTemplate mongo;

    DigestClaims(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param parts the messages, in order
     * @param queued whether every part is in the outbox (held or let go): then none is queued again
     * @param leasedUntil until when an instance works on it
     */
    @Document("staff_jobs")
    record Claim(
            @Id String id,
            long chatId,
            String scope,
            List<String> parts,
            boolean queued,
            Instant at,
            @Nullable Instant leasedUntil) {}

    /** The week's digest went to every chat: the cheap answer to the sweeps of the rest of the day. */
    boolean done(String week) {
        return mongo.findById(week, Claim.class) != null;
    }

    void finish(String week, Instant now) {
        try {
            mongo.insert(new org.bson.Document("_id", week).append("at", Date.from(now)), "staff_jobs");
        } catch (DuplicateKeyException finishedToo) {
            // Another instance finished the week at the same time: the same outcome.
        }
    }

    /**
     * The chat's claim, leased to the caller: the one there, else a new one with the parts
     * rendered now.
     *
     * @return empty while another instance works on it
     */
    Optional<Claim> take(String id, long chatId, String scope, Supplier<List<String>> parts, Instant now) {
        Claim taken = mongo.findAndModify(
                query(where("_id").is(id))
                        .addCriteria(new Criteria()
                                .orOperator(
                                        where("leasedUntil").isNull(),
                                        where("leasedUntil").lt(now))),
                new Update().set("leasedUntil", now.plus(LEASE)),
                FindAndModifyOptions.options().returnNew(true),
                Claim.class);
        if (taken != null) {
            return Optional.of(taken);
        }
        if (mongo.findById(id, Claim.class) != null) {
            return Optional.empty();
        }
        try {
            return Optional.of(mongo.insert(new Claim(id, chatId, scope, parts.get(), false, now, now.plus(LEASE))));
        } catch (DuplicateKeyException renderedElsewhere) {
            return Optional.empty();
        }
    }

    void queued(String id) {
        mongo.findAndModify(query(where("_id").is(id)), new Update().set("queued", true), Claim.class);
    }

    /** Done with it for now: another sweep may take it at once. */
    void letGo(String id) {
        mongo.findAndModify(query(where("_id").is(id)), new Update().unset("leasedUntil"), Claim.class);
    }
}
