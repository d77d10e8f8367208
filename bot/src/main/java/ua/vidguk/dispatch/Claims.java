package ua.vidguk.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.vidguk.scheduler.DueQueue;

/**
 * One pass's claims on due entries, all leased until one moment. A pass of many invitations at a
 * low rate outlasts a lease (500 at 1/s: 8 minutes against 5), so before one of its sends waits
 * for a slot that opens in the lease's second half, every claim it still holds is leased again
 * from that slot on, and the entries it has handled are removed: the claims of a pass that is
 * alive never run out, and only a stopped instance's are taken over.
 */
final class Claims {

    private static final Logger log = LoggerFactory.getLogger(Claims.class);

    private final DueQueue queue;
    private final String owner;
    private final Duration lease;
    // Claimed and not handled yet, by id: what a renewal extends.
    private final Map<String, DueQueue.Entry> held = new ConcurrentHashMap<>();
    // Handled and not removed yet: removed together, at a renewal or at the pass's end.
    private final Queue<DueQueue.Entry> handled = new ConcurrentLinkedQueue<>();
    private volatile Instant until;
    private int removed;

    Claims(DueQueue queue, String owner, Duration lease, Instant now) {
        this.queue = queue;
        this.owner = owner;
        this.lease = lease;
        this.until = now.plus(lease);
    }

    /** Claims a waiting entry; empty when another instance did. */
    Optional<DueQueue.Entry> claim(DueQueue.Entry entry) {
        Instant leased = until;
        return queue.claim(entry, owner, leased).map(mine -> hold(mine, leased));
    }

    /** Takes over a claim whose lease ran out; empty when it has not, or another instance did. */
    Optional<DueQueue.Entry> takeOver(DueQueue.Entry entry, Instant now) {
        Instant leased = until;
        return queue.takeOver(entry, owner, now, leased).map(mine -> hold(mine, leased));
    }

    private DueQueue.Entry hold(DueQueue.Entry mine, Instant leased) {
        held.put(mine.id(), mine);
        // A renewal sets the new time before it looks at what is held: a claim it did not see was
        // made with the old time, and catches up here, under the renewal's lock so that it cannot
        // put an earlier time back over a later renewal's.
        if (!until.equals(leased)) {
            synchronized (this) {
                queue.renew(mine, owner, until);
            }
        }
        return mine;
    }

    /** The entry's work is done: it is removed with the others. */
    void handled(DueQueue.Entry entry) {
        held.remove(entry.id());
        handled.add(entry);
    }

    /** The entry's work failed: no longer renewed, it is left to its lease. */
    void abandoned(DueQueue.Entry entry) {
        held.remove(entry.id());
    }

    /** A send is about to wait until {@code sendAt}: the claims are kept at least half a lease past it. */
    void holdUntil(Instant sendAt) {
        if (sendAt.plus(lease.dividedBy(2)).isBefore(until)) {
            return;
        }
        synchronized (this) {
            if (sendAt.plus(lease.dividedBy(2)).isBefore(until)) {
                return;
            }
            until = sendAt.plus(lease);
            removeHandled();
            for (DueQueue.Entry entry : held.values()) {
                if (queue.renew(entry, owner, until).isEmpty()) {
                    // Taken over after all (this instance stalled for longer than a lease): the
                    // invitation's guarded mark still lets only one of the two send it.
                    held.remove(entry.id());
                    log.warn("Lost the claim on {} to another instance", entry.work());
                }
            }
        }
    }

    /** Removes the handled entries left; @return how many entries the pass handled */
    synchronized int finish() {
        removeHandled();
        return removed;
    }

    private void removeHandled() {
        List<DueQueue.Entry> done = new ArrayList<>();
        for (DueQueue.Entry entry = handled.poll(); entry != null; entry = handled.poll()) {
            done.add(entry);
        }
        queue.removeAll(done);
        removed += done.size();
    }
}
