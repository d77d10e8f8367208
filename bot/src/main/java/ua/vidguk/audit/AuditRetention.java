package ua.vidguk.audit;

import java.time.Instant;
import org.springframework.stereotype.Component;
import ua.vidguk.retention.RetentionJob;

/**
 * Removes entries older than {@code vidguk.audit.retention}, once a day: the embedded database
 * has no TTL indexes.
 */
@Component
class AuditRetention implements RetentionJob {

    private final AuditTrail trail;
    private final AuditProperties properties;

    AuditRetention(AuditTrail trail, AuditProperties properties) {
        this.trail = trail;
        this.properties = properties;
    }

    @Override
    public long run(Instant now) {
        return trail.removeBefore(now.minus(properties.retention()));
    }
}
