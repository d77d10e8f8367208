package ua.vidguk.dispatch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tick how often the dispatcher looks for due invitations
 * @param batch how many due invitations one look takes at most
 * @param lease how long a claimed invitation is this instance's, renewed while its pass's sends
 *     wait for rate slots; a claim whose lease ran out is taken over: its invitation is marked
 *     unknown, never sent again, if its provider call may have started, and sent otherwise
 * @param busyRetry when a visitor is in another survey, how long their invitation waits
 */
@ConfigurationProperties("vidguk.dispatch")
record DispatchProperties(
        @DefaultValue("1s") Duration tick,
        @DefaultValue("500") int batch,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("15m") Duration busyRetry) {}
