package ua.vidguk.figures;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Forgets which conversations were counted once {@code vidguk.ratings.remember-counted} has
 * passed since their Kyiv day, and administrators' figures (with their names) once {@code
 * vidguk.ratings.keep-administrators} has: each one {@code _id} range, because the ids start with
 * the day, month or year. A job, because the embedded database has no TTL indexes; instances may
 * run it at once.
 */
@Component
class FigureRetention implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(FigureRetention.class);
    private static final Duration EVERY = Duration.ofHours(6);

    private final MongoTemplate mongo;
    private final Duration remember;
    private final Duration keepAdministrators;
    private final Clock clock;

    FigureRetention(MongoTemplate mongo, RatingsProperties properties, Clock clock) {
        this.mongo = mongo;
        this.remember = properties.rememberCounted();
        this.keepAdministrators = properties.keepAdministrators();
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
            LocalDate kept =
                    LocalDate.ofInstant(clock.instant(), FigureCounter.KYIV).minusDays(keepAdministrators.toDays());
            long administrators = removeBelow(FigureKeys.administrators(YearMonth.from(kept), ""))
                    + removeBelow(FigureKeys.administrators(kept.getYear(), ""));
            if (administrators > 0) {
                log.info("Removed {} administrators' figures of months and years before {}", administrators, kept);
            }
        } catch (RuntimeException e) {
            log.error("Counted conversations were not forgotten; trying again in {}", EVERY, e);
        }
    }

    /** Removes the documents of the same kind ({@code am|}, {@code ay|}) whose period is earlier. */
    private long removeBelow(String bound) {
        String kind = bound.substring(0, bound.indexOf('|') + 1);
        return mongo.remove(query(where("_id").gte(kind).lt(bound)), FigureKeys.COLLECTION)
                .getDeletedCount();
    }
}
