package ua.vidguk.channel;

import java.time.Duration;

/** What became of a message posted to a staff chat. */
public sealed interface StaffPost {

    /** Telegram took it. */
    record Sent(int messageId) implements StaffPost {}

    /** Telegram asked to wait (429) or was unreachable: try again later. */
    record Later(Duration after, String reason) implements StaffPost {}

    /** Telegram refused it for good (the bot was removed from the chat, the chat is gone). */
    record Refused(String reason) implements StaffPost {}
}
