package ua.vidguk.channel.telegram;

import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API client and the webhook's secret: the configured ones, or in the sandbox a client
 * whose HTTP calls the in-process {@link SandboxTelegramApi} answers and a secret generated at
 * start-up, which only the simulator knows.
 */
final class TelegramConnection {

    private final TelegramClient client;
    private final @Nullable String webhookSecret;
    private final boolean sandbox;

    TelegramConnection(TelegramClient client, @Nullable String webhookSecret, boolean sandbox) {
        this.client = client;
        this.webhookSecret = webhookSecret;
        this.sandbox = sandbox;
    }

    TelegramClient client() {
        return client;
    }

    @Nullable
    String webhookSecret() {
        return webhookSecret;
    }

    boolean sandbox() {
        return sandbox;
    }
}
