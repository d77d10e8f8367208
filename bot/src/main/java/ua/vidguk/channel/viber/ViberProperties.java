package ua.vidguk.channel.viber;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Viber settings. Without an auth token the channel runs as a sandbox and the webhook refuses
 * every call (there is nothing to check a signature with).
 *
 * @param authToken the bot's token: authenticates our API calls and signs Viber's callbacks; a
 *     secret, from the environment
 * @param uri the bot's public account URI ({@code viber://pa?chatURI=<uri>}); the visit pages use it
 * @param botName the sender name shown above every message
 * @param apiUrl where Viber's REST API is; tests point it at a local fake
 * @param retry how sends are retried when Viber is busy or failing
 */
@ConfigurationProperties("vidguk.viber")
record ViberProperties(
        @Nullable String authToken,
        @Nullable String uri,
        @DefaultValue("Vidguk") String botName,
        @DefaultValue("https://chatapi.viber.com/pa") URI apiUrl,
        @DefaultValue Retry retry) {

    boolean hasCredentials() {
        return authToken != null && !authToken.isBlank();
    }

    /** Never the auth token: a record's own toString would print it wherever the settings are logged. */
    @Override
    public String toString() {
        return "ViberProperties[authToken=" + (hasCredentials() ? "(set)" : "(unset)") + ", uri=" + uri + ", botName="
                + botName + ", apiUrl=" + apiUrl + ", retry=" + retry + "]";
    }

    /**
     * Back-off for "too many requests" (status 12), HTTP 5xx and refused connections: {@code delay},
     * then each wait {@code multiplier} times longer up to {@code maxDelay}, at most {@code
     * maxRetries} retries; short, so that a send never holds a dispatcher thread for long.
     */
    record Retry(
            @DefaultValue("3") int maxRetries,
            @DefaultValue("500ms") Duration delay,
            @DefaultValue("2") double multiplier,
            @DefaultValue("4s") Duration maxDelay) {}
}
