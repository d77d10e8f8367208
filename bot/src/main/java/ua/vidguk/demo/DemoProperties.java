package ua.vidguk.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether a fresh installation (no centre registered) gets the demo centres and
 *     campaign; the tests turn it off, since they build their own data
 * @param delayAfterVisit how long after a reported visit the demo campaign invites the visitor
 */
@ConfigurationProperties("vidguk.demo")
record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT1M") Duration delayAfterVisit) {}
