package ua.vidguk.limits;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param webPerHour new surveys one web client address may open about one centre in an hour
 * @param messengerPerHour new surveys one messenger account may open about one centre in an hour
 * @param secret the key of the hash identities are stored as; unset, one is generated once and
 *     kept in the database ({@code limit_keys}), so that every instance hashes alike
 * @param burstNegatives more anonymous negative responses than this about one centre within
 *     {@code burstWindow} are marked suspect
 * @param burstWindow the window those responses are counted in
 */
@ConfigurationProperties("vidguk.limits")
record LimitsProperties(
        @DefaultValue("10") int webPerHour,
        @DefaultValue("3") int messengerPerHour,
        @Nullable String secret,
        @DefaultValue("10") int burstNegatives,
        @DefaultValue("30m") Duration burstWindow) {

    /** Above this many responses a window document stops growing: the burst is plain by then. */
    static final int BURST_KEPT = 1_000;

    LimitsProperties {
        if (webPerHour < 1 || messengerPerHour < 1) {
            throw new IllegalArgumentException("vidguk.limits.web-per-hour and .messenger-per-hour must be at least 1");
        }
        if (secret != null && secret.length() < 16) {
            throw new IllegalArgumentException("vidguk.limits.secret must have at least 16 characters");
        }
        if (burstNegatives < 1 || burstNegatives >= BURST_KEPT) {
            throw new IllegalArgumentException("vidguk.limits.burst-negatives must be 1–" + (BURST_KEPT - 1));
        }
        if (burstWindow.compareTo(Duration.ofMinutes(1)) < 0
                || burstWindow.compareTo(Duration.ofDays(1)) > 0
                || burstWindow.toSecondsPart() != 0
                || burstWindow.toNanosPart() != 0) {
            throw new IllegalArgumentException(
                    "vidguk.limits.burst-window must be whole minutes, from 1m to 1d, not " + burstWindow);
        }
    }

    int perHour(EntryKind kind) {
        return switch (kind) {
            case WEB_ADDRESS -> webPerHour;
            case MESSENGER -> messengerPerHour;
        };
    }
}
