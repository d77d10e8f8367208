package ua.vidguk.stafflink;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A scope and the Telegram group that is its staff chat.
 *
 * @param unusableSince when Telegram said the bot can no longer write there (removed from the
 *     group, the chat is gone); {@code null} while the chat is usable, and again once it is linked
 * @param unusableReason Telegram's words for it
 */
public record LinkedChat(
        Scope scope,
        long chatId,
        @Nullable Instant unusableSince,
        @Nullable String unusableReason) {

    public boolean usable() {
        return unusableSince == null;
    }
}
