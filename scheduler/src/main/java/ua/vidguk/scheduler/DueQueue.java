package ua.vidguk.scheduler;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Work that falls due at a time, shared by every instance through MongoDB.
 *
 * <p>An entry's {@code _id} starts with its due time (epoch milliseconds, zero-padded, so that the
 * ids sort as the times do), so "what is due" is a range on {@code _id}: MongoDB answers it from
 * the {@code _id} index, and so does Vidguk's embedded database, which scans for anything else.
 * Finding what is due therefore costs what is due, not what waits. Only waiting and in-flight
 * entries stay here; whoever handles one removes it.
 *
 * <p>An instance claims an entry by its {@code _id} with a lease (one {@code findAndModify}
 * guarded by the state it expects), so two instances never both get it. A holder whose work takes
 * long renews its lease. A claim whose lease ran out means its holder stopped mid-way: how far the
 * work got, the caller knows from the work's own state (for an invitation: whether its provider
 * call may have started).
 */
public class DueQueue {

    private final MongoOperations mongo;
    private final String collection;

    /** @param collection one per kind of work, so that each kind finds only its own */
    public DueQueue(MongoOperations mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /**
     * @param work what to do, e.g. an invitation's id; unique among waiting entries
     * @return false when this work already waits at this time
     */
    public boolean add(Instant dueAt, String work) {
        try {
            mongo.insert(new Entry(key(dueAt, work), work, dueAt, State.WAITING, null, null), collection);
            return true;
        } catch (DuplicateKeyException alreadyQueued) {
            return false;
        }
    }

    /** Entries due at {@code now}, the oldest first, waiting or claimed. */
    public List<Entry> due(Instant now, int limit) {
        var due = query(where("_id").lt(key(now.plusMillis(1), "")))
                .with(Sort.by("_id"))
                .limit(limit);
        return mongo.find(due, Entry.class, collection);
    }

    /** Takes a waiting entry for {@code owner} until {@code leaseUntil}; empty when someone else did. */
    public Optional<Entry> claim(Entry entry, String owner, Instant leaseUntil) {
        return Optional.ofNullable(mongo.findAndModify(
                query(where("_id").is(entry.id()).and("state").is(State.WAITING)),
                new Update().set("state", State.CLAIMED).set("owner", owner).set("leaseUntil", leaseUntil),
                FindAndModifyOptions.options().returnNew(true),
                Entry.class,
                collection));
    }

    /** Takes a claim whose lease ran out, so that exactly one instance settles it. */
    public Optional<Entry> takeOver(Entry entry, String owner, Instant now, Instant leaseUntil) {
        if (entry.state() != State.CLAIMED
                || entry.leaseUntil() == null
                || !entry.leaseUntil().isBefore(now)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findAndModify(
                query(where("_id")
                        .is(entry.id())
                        .and("owner")
                        .is(entry.owner())
                        .and("leaseUntil")
                        .is(entry.leaseUntil())),
                new Update().set("owner", owner).set("leaseUntil", leaseUntil),
                FindAndModifyOptions.options().returnNew(true),
                Entry.class,
                collection));
    }

    /**
     * Extends a claim of {@code owner}'s; empty when it is no longer theirs (its lease ran out and
     * another instance took it over, or it was removed).
     */
    public Optional<Entry> renew(Entry entry, String owner, Instant leaseUntil) {
        return Optional.ofNullable(mongo.findAndModify(
                query(where("_id").is(entry.id()).and("owner").is(owner)),
                new Update().set("leaseUntil", leaseUntil),
                FindAndModifyOptions.options().returnNew(true),
                Entry.class,
                collection));
    }

    /** Removes a handled entry. */
    public void remove(Entry entry) {
        mongo.findAndRemove(query(where("_id").is(entry.id())), Entry.class, collection);
    }

    /** Removes handled entries in one go; {@code $in} on {@code _id} is answered by the index. */
    public void removeAll(Collection<Entry> entries) {
        if (!entries.isEmpty()) {
            mongo.remove(query(where("_id").in(entries.stream().map(Entry::id).toList())), Entry.class, collection);
        }
    }

    static String key(Instant dueAt, String work) {
        return String.format("%015d|%s", dueAt.toEpochMilli(), work);
    }

    public enum State {
        WAITING,
        CLAIMED
    }

    public record Entry(
            @Id String id,
            String work,
            Instant dueAt,
            State state,
            @Nullable String owner,
            @Nullable Instant leaseUntil) {}
}
