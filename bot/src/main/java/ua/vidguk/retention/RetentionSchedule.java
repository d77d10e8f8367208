package ua.vidguk.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link RetentionJob} once per period of its {@code every} across instances: each
 * instance looks four times a period, and the instance whose insert of {@code <period start>|<job>}
 * into {@code retention_runs} succeeds runs it (the embedded database has no TTL index, and a
 * nightly scan need not run on every instance). A failed run gives its claim back, so another
 * instance or the next look tries again. Claims older than a week are removed by {@code _id}
 * range, since the ids start with the time.
 */
@Component
class RetentionSchedule implements SchedulingConfigurer {

    static final String COLLECTION = "retention_runs";

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);
    private static final Duration KEEP_CLAIMS = Duration.ofDays(7);

    private final List<RetentionJob> jobs;
    private final MongoTemplate mongo;
    private final Clock clock;

    RetentionSchedule(List<RetentionJob> jobs, MongoTemplate mongo, Clock clock) {
        var names = new HashSet<String>();
        jobs.forEach(job -> {
            if (!names.add(job.name())) {
                throw new IllegalStateException("Two retention jobs are named " + job.name());
            }
        });
        this.jobs = List.copyOf(jobs);
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // At a fixed rate, each run on a thread of its own: with virtual threads, fixed-delay tasks
        // share the one scheduler thread, and a nightly scan would hold up every other job's ticks
        // (the credentials' refresh every second, the conversations' expiry). The claim keeps two
        // runs of a job in one period apart.
        jobs.forEach(job ->
                registrar.addFixedRateTask(() -> runIfClaimed(job), job.every().dividedBy(4)));
    }

    /** @return whether this call ran the job (it claimed the current period) */
    boolean runIfClaimed(RetentionJob job) {
        Instant now = clock.instant();
        String claim = claimId(job, now);
        try {
            mongo.insert(new Document("_id", claim).append("at", Date.from(now)), COLLECTION);
        } catch (DuplicateKeyException claimed) {
            return false;
        }
        try {
            long changed = job.run(now);
            // The frequent jobs (counters, send slots) would fill the log.
            if (changed > 0 && job.every().compareTo(Duration.ofDays(1)) >= 0) {
                log.info("Retention {}: {} documents removed or stripped", job.name(), changed);
            } else if (changed > 0) {
                log.debug("Retention {}: {} documents removed or stripped", job.name(), changed);
            }
            mongo.remove(query(where("_id").lt(stamp(now.minus(KEEP_CLAIMS)))), COLLECTION);
        } catch (RuntimeException e) {
            log.error(
                    "Retention {} failed; trying again within {}",
                    job.name(),
                    job.every().dividedBy(4),
                    e);
            mongo.remove(query(where("_id").is(claim)), COLLECTION);
        }
        return true;
    }

    static String claimId(RetentionJob job, Instant now) {
        long period = job.every().toMillis();
        return stamp(Instant.ofEpochMilli(now.toEpochMilli() / period * period)) + "|" + job.name();
    }

    private static String stamp(Instant at) {
        return "%015d".formatted(at.toEpochMilli());
    }
}
