package ua.vidguk.figures;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Forgets which conversations were counted once {@code vidguk.ratings.remember-counted} has
 * passed since their Kyiv day: one {@code _id} range, because the list's ids start with that day.
 * A job, because the embedded database has no TTL indexes; instances may run it at once.
 */
@Component
class CountedRetention implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CountedRetention.class);
    private static final Duration EVERY = Duration.ofHours(6);

    private final MongoTemplate mongo;
    private final Duration remember;
    private final Clock clock;

    CountedRetention(MongoTemplate mongo, RatingsProperties properties, Clock clock) {
        this.mongo = mongo;
        this.remember = properties.rememberCounted();
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::forgetOld, EVERY);
    }

    void forgetOld() {
        LocalDate firstKept =
                LocalDate.ofInstant(clock.instant(), FigureCounter.KYIV).minusDays(remember.toDays());
        try {
            long forgotten = mongo.remove(query(where("_id").lt(firstKept.toString())), FigureKeys.COUNTED)
                    .getDeletedCount();
            if (forgotten > 0) {
                log.info("Forgot {} counted conversations that ended before {}", forgotten, firstKept);
            }
        } catch (RuntimeException e) {
            log.error("Counted conversations were not forgotten; trying again in {}", EVERY, e);
        }
    }
}
