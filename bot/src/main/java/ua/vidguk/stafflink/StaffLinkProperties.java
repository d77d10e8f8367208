package ua.vidguk.stafflink;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Linking's settings. They keep their names under {@code vidguk.alerts}, which operators already
 * set (linking began as part of the alert feature); the alerts' own record binds the same prefix.
 *
 * @param linkCodeValidity how long a staff link code may be used
 * @param sweepEvery how often codes long past their expiry are removed: the alerts' sweep setting,
 *     bound here too, so that one setting paces every staff-chat sweep
 */
@ConfigurationProperties("vidguk.alerts")
record StaffLinkProperties(
        @DefaultValue("PT24H") Duration linkCodeValidity,
        @DefaultValue("10s") Duration sweepEvery) {}
