package ua.vidguk.limits;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Removes the counters nobody reads any more, at start-up and then every {@link #EVERY}: an entry
 * counter once the hour after its own is over too (an instance whose clock is a little behind may
 * still count in it), a burst window once it is older than the window before the current one. Each
 * is one {@code _id} range, because the ids start with the time. A job, because the embedded
 * database has no TTL indexes; instances may run it at once.
 */
@Component
class LimitRetention implements SchedulingConfigurer {

    static final Duration EVERY = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(LimitRetention.class);

    private final MongoTemplate mongo;
    private final Duration window;
    private final Clock clock;

    LimitRetention(MongoTemplate mongo, LimitsProperties properties, Clock clock) {
        this.mongo = mongo;
        this.window = properties.burstWindow();
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::removeOld, EVERY);
    }

    void removeOld() {
        Instant now = clock.instant();
        try {
            String hours = LimitKeys.hour(now.truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS));
            long entries = mongo.remove(query(where("_id").lt(hours)), EntryLimits.COLLECTION)
                    .getDeletedCount();
            String windows = LimitKeys.minute(LimitKeys.windowStart(now, window).minus(window));
            long bursts = mongo.remove(query(where("_id").lt(windows)), SuspectBursts.COLLECTION)
                    .getDeletedCount();
            if (entries + bursts > 0) {
                log.debug(
                        "Removed {} entry counters before {} and {} burst windows before {}",
                        entries,
                        hours,
                        bursts,
                        windows);
            }
        } catch (RuntimeException e) {
            log.error("Old limit counters were not removed; trying again in {}", EVERY, e);
        }
    }
}
