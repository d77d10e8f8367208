package ua.vidguk.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Telegram took it; the collection holds only what is waiting, so reading it through is cheap.
 */
@Component
class Outbox {

    private static final Duration LEASE = Duration.ofMinutes(1);

    private final MongoTemplate mongo;

    Outbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param caseId the case an alert is about; {@code null} for other messages
     * @param line the item's line in a folded summary
     * @param withButtons whether the message carries the case's buttons
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
            @Nullable Instant leasedUntil) {

        boolean isAlert() {
            return id.startsWith("alert:");
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

    void sent(String id) {
        mongo.remove(query(where("_id").is(id)), Item.class);
    }

    void later(String id, Instant notBefore) {
        mongo.updateFirst(
                query(where("_id").is(id)),
                new Update().set("notBefore", notBefore).unset("leasedUntil"),
                Item.class);
    }

    private static Criteria free(Instant now) {
        return new Criteria()
                .orOperator(where("leasedUntil").isNull(), where("leasedUntil").lt(now));
    }
}
