package ua.vidguk.audit;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Removes entries older than {@code vidguk.audit.retention}, at start-up and then daily: the
 * embedded database has no TTL indexes. Idempotent, so instances may each run it.
 */
@Component
class AuditRetention implements SchedulingConfigurer {

    static final Duration EVERY = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditTrail trail;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(AuditTrail trail, AuditProperties properties, Clock clock) {
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::run, EVERY);
    }

    void run() {
        try {
            long removed = trail.removeBefore(clock.instant().minus(properties.retention()));
            if (removed > 0) {
                log.info("Audit: removed {} entries older than {}", removed, properties.retention());
            }
        } catch (RuntimeException e) {
            log.error("Old audit entries were not removed; trying again in {}", EVERY, e);
        }
    }
}
