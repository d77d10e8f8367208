package ua.vidguk.channel.telegram;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API client, present only when a bot token is set (the sandbox has none). */
final class TelegramConnection {

    private final @Nullable TelegramClient client;

    TelegramConnection(@Nullable TelegramClient client) {
        this.client = client;
    }

    Optional<TelegramClient> client() {
        return Optional.ofNullable(client);
    }
}
