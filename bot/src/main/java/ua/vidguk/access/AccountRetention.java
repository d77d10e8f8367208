package ua.vidguk.access;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Removes accounts disabled longer than {@code vidguk.credentials.keep-ended} (a year) ago: the
 * audit trail names who did what for that long, after which the person's name and email are no
 * longer needed.
 */
@Component
class AccountRetention implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AccountRetention.class);
    private static final Duration EVERY = Duration.ofHours(6);

    private final MongoTemplate mongo;
    private final Duration keep;
    private final Clock clock;

    AccountRetention(MongoTemplate mongo, AccessProperties properties, Clock clock) {
        this.mongo = mongo;
        this.keep = properties.credentials().keepEnded();
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::run, EVERY);
    }

    void run() {
        try {
            long removed = mongo.remove(
                            query(where("disabledAt").lt(clock.instant().minus(keep))), Account.class)
                    .getDeletedCount();
            if (removed > 0) {
                log.info("Removed {} accounts disabled more than {} days ago", removed, keep.toDays());
            }
        } catch (RuntimeException e) {
            log.error("Old disabled accounts were not removed; trying again in {}", EVERY, e);
        }
    }
}
