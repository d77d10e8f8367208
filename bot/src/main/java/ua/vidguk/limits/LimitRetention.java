package ua.vidguk.limits;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import ua.vidguk.retention.RetentionJob;

/**
 * Removes the counters nobody reads any more, every {@link #EVERY}: an entry
 * counter once the hour after its own is over too (an instance whose clock is a little behind may
 * still count in it), a burst window once it is older than the window before the current one. Each
 * is one {@code _id} range, because the ids start with the time. A job, because the embedded
 * database has no TTL indexes.
 */
@Component
class LimitRetention implements RetentionJob {

    static final Duration EVERY = Duration.ofMinutes(10);

    private final MongoTemplate mongo;
    private final Duration window;

    LimitRetention(MongoTemplate mongo, LimitsProperties properties) {
        this.mongo = mongo;
        this.window = properties.burstWindow();
    }

    @Override
    public Duration every() {
        return EVERY;
    }

    @Override
    public long run(Instant now) {
        String hours = LimitKeys.hour(now.truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS));
        long entries = mongo.remove(query(where("_id").lt(hours)), EntryLimits.COLLECTION)
                .getDeletedCount();
        String windows = LimitKeys.minute(LimitKeys.windowStart(now, window).minus(window));
        return entries
                + mongo.remove(query(where("_id").lt(windows)), SuspectBursts.COLLECTION)
                        .getDeletedCount();
    }
}
