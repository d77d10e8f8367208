package ua.vidguk.channel.telegram;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram settings. Without a bot token the channel runs as a sandbox: sends go to an in-process
 * fake of the Bot API, nothing is polled, and the webhook accepts only calls with the secret
 * generated at start-up (the web simulator's); the configured secret is not used then.
 *
 * @param botToken the token BotFather gave; a secret, from the environment
 * @param botUsername the bot's username, for {@code https://t.me/<bot>?start=…} links
 * @param mode how updates arrive: long polling (no public address needed) or the webhook
 * @param webhookSecret what Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param apiUrl where the Bot API is; tests point it at a local fake
 * @param limits Telegram's own send limits, kept on our side so it does not answer 429
 * @param retry how sends are retried when Telegram is busy or failing
 */
@ConfigurationProperties("vidguk.telegram")
record TelegramProperties(
        @Nullable String botToken,
        @Nullable String botUsername,
        @DefaultValue("polling") Mode mode,
        @Nullable String webhookSecret,
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        @DefaultValue Limits limits,
        @DefaultValue Retry retry) {

    enum Mode {
        POLLING,
        WEBHOOK
    }

    boolean hasToken() {
        return isSet(botToken);
    }

    boolean hasWebhookSecret() {
        return isSet(webhookSecret);
    }

    /** Never the token or the secret: a record's own toString would print them wherever settings are logged. */
    @Override
    public String toString() {
        return "TelegramProperties[botToken=" + (hasToken() ? "(set)" : "(unset)") + ", botUsername=" + botUsername
                + ", mode=" + mode + ", webhookSecret=" + (hasWebhookSecret() ? "(set)" : "(unset)") + ", apiUrl="
                + apiUrl + ", limits=" + limits + ", retry=" + retry + "]";
    }

    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    /**
     * @param messagesPerSecond all chats together (Telegram allows about 30)
     * @param perChatInterval between two messages to one chat (Telegram allows about one a second)
     */
    record Limits(
            @DefaultValue("30") int messagesPerSecond,
            @DefaultValue("1s") Duration perChatInterval) {}

    /**
     * Back-off for 5xx and failed connections ({@code delay}, each wait {@code multiplier} times
     * longer, at most {@code maxRetries} retries); a 429 waits the {@code retry_after} Telegram asks
     * for, unless that is longer than {@code maxRetryAfter}: then the send is refused as not
     * permanent, so that no thread waits long.
     */
    record Retry(
            @DefaultValue("3") int maxRetries,
            @DefaultValue("500ms") Duration delay,
            @DefaultValue("2") double multiplier,
            @DefaultValue("10s") Duration maxRetryAfter) {}
}
