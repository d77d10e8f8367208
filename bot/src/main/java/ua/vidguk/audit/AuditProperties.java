package ua.vidguk.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long an audit entry is kept; a job removes older ones once a day
 */
@ConfigurationProperties("vidguk.audit")
record AuditProperties(@DefaultValue("365d") Duration retention) {

    AuditProperties {
        if (!retention.isPositive()) {
            throw new IllegalArgumentException("vidguk.audit.retention must be positive, not " + retention);
        }
    }
}
