package ua.vidguk.access;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param adminToken the national (level 3) coordinator's bearer token; when unset, one is
 *     generated once and kept in the data directory
 * @param bodyLimit the largest request body each kind of endpoint takes
 * @param signIn how many wrong tokens one client address may present before it has to wait
 * @param credentials how API keys and accounts are kept in step across instances
 */
@ConfigurationProperties("vidguk")
record AccessProperties(
        @Nullable String adminToken,
        @DefaultValue BodyLimit bodyLimit,
        @DefaultValue SignIn signIn,
        @DefaultValue Credentials credentials) {

    /**
     * @param webhook a provider's callback: one message or update, a few KB (Telegram's largest
     *     update is well under 64 KB)
     * @param api a JSON call: a batch of 10,000 visits or centres
     * @param page a console form or a visitor's page
     */
    record BodyLimit(
            @DefaultValue("64KB") DataSize webhook,
            @DefaultValue("10MB") DataSize api,
            @DefaultValue("64KB") DataSize page) {}

    /**
     * @param maxFailures wrong tokens (bearer or console sign-in) one client address may present
     *     within {@code window}; the next attempt is answered 429 until the window ends
     */
    record SignIn(
            @DefaultValue("10") int maxFailures,
            @DefaultValue("15m") Duration window) {}

    /**
     * @param refreshEvery how often each instance looks whether a credential changed elsewhere: the
     *     longest a key revoked on another instance still works here
     * @param lastUsedEvery how often the keys' last use is written (uses are counted in memory)
     * @param inviteValidity how long an account's one-time invitation link works
     * @param keepEnded how long a revoked or expired key (and a disabled account) is kept for the
     *     audit trail before the daily retention job removes it
     */
    record Credentials(
            @DefaultValue("1s") Duration refreshEvery,
            @DefaultValue("1m") Duration lastUsedEvery,
            @DefaultValue("7d") Duration inviteValidity,
            @DefaultValue("365d") Duration keepEnded) {}
}
