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
 * Removes keys that ended (revoked or expired) and accounts disabled longer than {@code
 * vidguk.credentials.keep-ended} (a year) ago: the audit trail names who did what for that long,
 * after which the issuer's or the person's name and e-mail are no longer needed. A job, because
 * the embedded database has no TTL indexes; instances may run it at once.
 */
@Component
class EndedCredentials implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EndedCredentials.class);
    private static final Duration EVERY = Duration.ofHours(6);

    private final MongoTemplate mongo;
    private final Duration keep;
    private final Clock clock;

    EndedCredentials(MongoTemplate mongo, AccessProperties properties, Clock clock) {
        this.mongo = mongo;
        this.keep = properties.credentials().keepEnded();
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::removeOld, EVERY);
    }

    void removeOld() {
        Instant before = clock.instant().minus(keep);
        try {
            long keys = mongo.remove(
                            query(new Criteria()
                                    .orOperator(
                                            where("revokedAt").lt(before),
                                            where("expiresAt").lt(before))),
                            AccessKey.class)
                    .getDeletedCount();
            long accounts = mongo.remove(query(where("disabledAt").lt(before)), Account.class)
                    .getDeletedCount();
            if (keys + accounts > 0) {
                log.info("Removed {} API keys and {} accounts that ended before {}", keys, accounts, before);
            }
        } catch (RuntimeException e) {
            log.error("Ended credentials were not removed; trying again in {}", EVERY, e);
        }
    }
}
