package ua.vidguk.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.Channel;

/**
 * A campaign's rate per channel, shared by every instance: time is cut into slots of {@code
 * 1/rate} seconds, and a send first takes the earliest free slot (an insert on the slot's {@code
 * _id}, which only one instance wins), then waits for that slot's start. Sends are so spaced that
 * no one-second window holds more than the rate, and a burst at the window's opening is spread
 * rather than dropped. A send that wakes more than 5 ms late for its slot takes another, so a busy
 * machine cannot bunch sends either.
 */
@Component
class RateSlots {

    static final String COLLECTION = "rate_slots";

    private static final long LATEST_NANOS = 5_000_000L;

    private final MongoTemplate mongo;
    private final Clock clock;
    // Where this instance last found a free slot: a burst need not probe the slots it took itself.
    private final java.util.concurrent.ConcurrentHashMap<String, Long> lastTaken =
            new java.util.concurrent.ConcurrentHashMap<>();

    RateSlots(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Waits for this instance's next send slot; @return when the slot opened */
    Instant acquire(String campaignId, Channel channel, int perSecond) {
        while (true) {
            Instant start = takeSlot(campaignId, channel, perSecond);
            sleepUntil(start);
            if (onTime(start, perSecond)) {
                return start;
            }
        }
    }

    /**
     * Takes the next free slot for a send, which then waits for it ({@link #sleepUntil}) and must
     * still be {@link #onTime} when it wakes.
     *
     * @return when the slot opens
     */
    Instant takeSlot(String campaignId, Channel channel, int perSecond) {
        long slotNanos = slotNanos(perSecond);
        return Instant.ofEpochSecond(0, take(campaignId + ":" + channel + ":" + slotNanos, slotNanos) * slotNanos);
    }

    /**
     * Whether a send whose slot opened at {@code start} may still go now. Woken late (a busy
     * machine), sent now, it could share a second with the sends of the slots after it and exceed
     * the rate: a later slot is taken instead. Sends leave at most 5 ms into their slots, which are
     * 30 ms a second wider than the rate needs: 25 ms are left for the request's own jitter before
     * a second's window could hold one too many.
     */
    boolean onTime(Instant start, int perSecond) {
        return Duration.between(start, clock.instant()).toNanos() <= Math.min(slotNanos(perSecond) / 2, LATEST_NANOS);
    }

    /** Overridden by tests whose clock only they move. */
    void sleepUntil(Instant instant) {
        long wait = Duration.between(clock.instant(), instant).toNanos();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /**
     * 3% wider than 1/rate: a message reaches the provider a few milliseconds after its slot opens,
     * by how late it woke and how long the request took, and that jitter must not let one second's
     * window at the provider hold more than the rate.
     */
    private static long slotNanos(int perSecond) {
        return 1_030_000_000L / perSecond;
    }

    /** The earliest free slot after the one under way, taken for this send. */
    private long take(String key, long slotNanos) {
        Instant now = clock.instant();
        // The next slot, never the one under way: a send at once would follow its predecessor too closely.
        long current = (now.getEpochSecond() * 1_000_000_000L + now.getNano()) / slotNanos + 1;
        long slot = Math.max(current, lastTaken.getOrDefault(key, Long.MIN_VALUE) + 1);
        while (true) {
            try {
                mongo.insert(new Slot(key + ":" + slot));
                break;
            } catch (DuplicateKeyException taken) {
                slot++;
            }
        }
        lastTaken.merge(key, slot, Math::max);
        return slot;
    }

    @Document(RateSlots.COLLECTION)
    record Slot(@Id String id) {}
}
