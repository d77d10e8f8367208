package ua.vidguk.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * A feature's removal (or stripping) of what it no longer needs. Run by {@code RetentionSchedule}
 * once per {@link #every()} across all instances, so a job need not be cheap to repeat, only
 * harmless to repeat: an instance that stops half-way leaves the rest to the next run.
 */
public interface RetentionJob {

    /** Names the job in logs and in its claim: its class's simple name, unique among the jobs. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** How often it runs, the period one instance claims: once a day unless it says otherwise. */
    default Duration every() {
        return Duration.ofDays(1);
    }

    /**
     * Removes or strips what is older than its lifetime.
     *
     * @param now the application clock's time
     * @return how many documents it changed or removed, for the log
     */
    long run(Instant now);
}
