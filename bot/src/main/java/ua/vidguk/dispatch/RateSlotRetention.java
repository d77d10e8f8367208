package ua.vidguk.dispatch;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import ua.vidguk.retention.RetentionJob;
import ua.vidguk.retention.Sweep;

/**
 * Removes send slots whose time is an hour past: a slot is only taken ahead of now, so a past one
 * is never looked at again (the hour leaves room for instances' clocks). Hourly, which keeps the
 * collection at about an hour of sends; the time is in the id's last two parts ({@code <slot
 * length in ns>:<slot number>}), not at its start, so the ids are read through.
 */
@Component
class RateSlotRetention implements RetentionJob {

    static final Duration KEEP = Duration.ofHours(1);

    private final MongoTemplate mongo;

    RateSlotRetention(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Duration every() {
        return Duration.ofHours(1);
    }

    @Override
    public long run(Instant now) {
        Instant before = now.minus(KEEP);
        return Sweep.removeIds(mongo, RateSlots.COLLECTION, id -> startOf(id).isBefore(before));
    }

    /** When a slot opens; an id it cannot read counts as old (it is of no use either). */
    static Instant startOf(String id) {
        String[] parts = id.split(":");
        try {
            long length = Long.parseLong(parts[parts.length - 2]);
            long slot = Long.parseLong(parts[parts.length - 1]);
            return Instant.ofEpochSecond(0, Math.multiplyExact(slot, length));
        } catch (RuntimeException unreadable) {
            return Instant.EPOCH;
        }
    }
}
