package ua.vidguk.channel.sms;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMS settings. Without an account SID and an auth token the channel runs as a sandbox: an account
 * is generated at start-up, sends go to an in-process fake of Twilio's API, and the webhooks accept
 * only calls signed with the generated token (the web simulator's).
 *
 * @param accountSid Twilio's {@code AC…} account id
 * @param authToken signs the API calls and Twilio's webhooks; a secret, from the environment
 * @param from the sending number (E.164) or alphanumeric sender id
 * @param apiUrl where Twilio's REST API is; tests point it at a local fake
 * @param retry how sends are retried when Twilio is busy or failing
 * @param sandboxKept how many messages the sandbox keeps for the web simulator
 * @param sandboxDeliveredAfter when the sandbox reports a message delivered, through the signed
 *     status webhook as Twilio does; zero for never (the tests, which count statuses)
 * @param connectionOverrides Twilio's webhook connection overrides (a URL fragment): by default
 *     Twilio does not call a webhook again after a 5xx, and this asks it to, so that a reply whose
 *     storing failed arrives again. Put on the status callback Vidguk gives Twilio, and to be put
 *     on the SMS webhook configured in Twilio's console (docs/channels.md); empty for none
 */
@ConfigurationProperties("vidguk.twilio")
record TwilioProperties(
        @Nullable String accountSid,
        @Nullable String authToken,
        @Nullable String from,
        @DefaultValue("https://api.twilio.com") URI apiUrl,
        @DefaultValue Retry retry,
        @DefaultValue("200") int sandboxKept,
        @DefaultValue("1s") Duration sandboxDeliveredAfter,
        @DefaultValue("rc=5&rp=ct,rt,5xx&tt=15000") String connectionOverrides) {

    boolean hasCredentials() {
        return isSet(accountSid) && isSet(authToken);
    }

    /** Never the auth token: a record's own toString would print it wherever the settings are logged. */
    @Override
    public String toString() {
        return "TwilioProperties[accountSid=" + accountSid + ", authToken=" + (isSet(authToken) ? "(set)" : "(unset)")
                + ", from=" + from + ", apiUrl=" + apiUrl + ", retry=" + retry + ", sandboxKept=" + sandboxKept
                + ", sandboxDeliveredAfter=" + sandboxDeliveredAfter + ", connectionOverrides=" + connectionOverrides
                + "]";
    }

    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    /**
     * Exponential back-off for 429, 5xx and refused connections: {@code delay}, then each wait
     * {@code multiplier} times longer up to {@code maxDelay}, at most {@code maxRetries} retries.
     * The defaults give up after about 3.5 s of waiting, so a send never holds a dispatcher thread
     * for long; the dispatcher retries later what is refused as not permanent.
     */
    record Retry(
            @DefaultValue("3") int maxRetries,
            @DefaultValue("500ms") Duration delay,
            @DefaultValue("2") double multiplier,
            @DefaultValue("4s") Duration maxDelay) {}
}
