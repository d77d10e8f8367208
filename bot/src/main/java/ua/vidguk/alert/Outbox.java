package ua.vidguk.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Messages waiting for a staff chat. The {@code _id} says what the message is ({@code
 * alert:<case>}, {@code region:<case>}, …), so queueing the same thing twice is refused by the
 * database. An item is claimed by {@code _id} with a lease before it is sent and removed once
 * Telegram took it; the collection holds only what is waiting, so reading it through is cheap. An
 * item that its chat will not take is moved, whole, to another chat by one update of its document,
 * so it is never lost nor doubled on the way.
 */
@Component
class Outbox {

    private static final Duration LEASE = Duration.ofMinutes(1);
    /**
     * The {@code notBefore} of an item queued but not yet to be sent: a message of several parts
     * waits whole until {@link #release} lets it go (see {@link WeeklyDigests}).
     */
    static final Instant HELD = Instant.parse("9999-01-01T00:00:00Z");

    private final MongoTemplate mongo;

    Outbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param caseId the case an alert is about; {@code null} for other messages
     * @param line the item's line in a folded summary
     * @param withButtons whether the message carries the case's buttons
     * @param attempts how many times Telegram failed it in this chat
     */
    @Document("staff_outbox")
    record Item(
            @Id String id,
            long chatId,
            String scope,
            @Nullable String caseId,
            String text,
            String line,
            boolean withButtons,
            Instant queuedAt,
            Instant notBefore,
            @Nullable Instant leasedUntil,
            int attempts) {

        boolean isAlert() {
            return id.startsWith("alert:");
        }

        /**
         * Whether a backlog may fold it into one line of a summary: messages about cases may; a
         * daily summary or a weekly digest would lose what it says, so it goes whole, in its turn.
         */
        boolean foldable() {
            return caseId != null;
        }

        /** The case's flag this escalation set when it was queued; {@code null} for other messages. */
        @Nullable
        String escalation() {
            if (id.startsWith("region:")) {
                return "escalatedToRegion";
            }
            return id.startsWith("ministry:") ? "escalatedToMinistry" : null;
        }
    }

    /** @return false when the same message is queued already */
    boolean queue(Item item) {
        try {
            mongo.insert(item);
            return true;
        } catch (DuplicateKeyException queuedBefore) {
            return false;
        }
    }

    /** Lets a {@link #HELD} item go now; nothing when it was let go before (or sent). */
    void release(String id, Instant now) {
        mongo.findAndModify(
                query(where("_id").is(id).and("notBefore").is(HELD)), new Update().set("notBefore", now), Item.class);
    }

    /** What may go to the chat now, oldest first. */
    List<Item> ready(long chatId, Instant now) {
        return mongo.find(
                query(where("chatId").is(chatId).and("notBefore").lte(now))
                        .addCriteria(free(now))
                        .with(Sort.by("queuedAt", "_id")),
                Item.class);
    }

    /** Chats that have something waiting. */
    List<Long> chats() {
        return mongo.findDistinct(
                new org.springframework.data.mongodb.core.query.Query(), "chatId", Item.class, Long.class);
    }

    boolean claim(String id, Instant now) {
        return mongo.findAndModify(
                        query(where("_id").is(id)).addCriteria(free(now)),
                        new Update().set("leasedUntil", now.plus(LEASE)),
                        FindAndModifyOptions.options().returnNew(true),
                        Item.class)
                != null;
    }

    /** Sent, or given up with nowhere else to go. */
    void remove(String id) {
        mongo.remove(query(where("_id").is(id)), Item.class);
    }

    /** Telegram did not take it this time: counts the attempt; @return the item as it is now */
    Optional<Item> failed(String id, Instant notBefore) {
        return Optional.ofNullable(mongo.findAndModify(
                query(where("_id").is(id)),
                new Update().set("notBefore", notBefore).unset("leasedUntil").inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true),
                Item.class));
    }

    /** Everything queued for the chat, claimed or not. */
    List<Item> waitingFor(long chatId) {
        return mongo.find(query(where("chatId").is(chatId)).with(Sort.by("queuedAt", "_id")), Item.class);
    }

    /** The group became a supergroup: what waits for it goes to its new id, free to be claimed there. */
    void moveChat(long from, long to) {
        for (Item item : waitingFor(from)) {
            mongo.findAndModify( // guarded: an update with this filter scans on the embedded store
                    query(where("_id").is(item.id()).and("chatId").is(from)),
                    new Update().set("chatId", to).unset("leasedUntil"),
                    Item.class);
        }
    }

    /**
     * Sends the item to another chat instead, with the text staff there see, from its first attempt.
     *
     * @return false when the item is no longer waiting for {@code from}
     */
    boolean redirect(String id, long from, long to, String scope, String text, Instant now) {
        return mongo.findAndModify(
                        query(where("_id").is(id).and("chatId").is(from)),
                        new Update()
                                .set("chatId", to)
                                .set("scope", scope)
                                .set("text", text)
                                .set("notBefore", now)
                                .set("attempts", 0)
                                .unset("leasedUntil"),
                        Item.class)
                != null;
    }

    private static Criteria free(Instant now) {
        return new Criteria()
                .orOperator(where("leasedUntil").isNull(), where("leasedUntil").lt(now));
    }
}
