package ua.vidguk.access;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Removes keys that ended (revoked or expired) longer than {@code vidguk.credentials.keep-ended}
 * ago: they name who issued them. A daily job, because the embedded database has no TTL indexes;
 * instances may run it at once.
 */
@Component
class EndedKeys implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EndedKeys.class);

    private final MongoTemplate mongo;
    private final Duration keep;
    private final Clock clock;

    EndedKeys(MongoTemplate mongo, AccessProperties properties, Clock clock) {
        this.mongo = mongo;
        this.keep = properties.credentials().keepEnded();
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::removeOld, Duration.ofDays(1));
    }

    void removeOld() {
        Instant before = clock.instant().minus(keep);
        long removed = mongo.remove(
                        query(new Criteria()
                                .orOperator(
                                        where("revokedAt").lt(before),
                                        where("expiresAt").lt(before))),
                        AccessKey.class)
                .getDeletedCount();
        if (removed > 0) {
            log.info("Removed {} API keys that ended before {}", removed, before);
        }
    }
}
