package ua.vidguk.channel;

import java.time.Duration;

/** What became of a message posted to (or edited in) a staff chat. */
public sealed interface StaffPost {

    /** Telegram took it. */
    record Sent(int messageId) implements StaffPost {}

    /** Telegram asked to wait (429), failed (5xx) or was unreachable: try again later. */
    record Later(Duration after, String reason) implements StaffPost {}

    /**
     * The group was upgraded to a supergroup, which has a new id: the same people are there, and
     * the message may be sent again at once to {@code chatId}.
     */
    record Moved(long chatId) implements StaffPost {}

    /**
     * The bot cannot write to the chat any more (removed from the group, the chat is gone): nothing
     * will get through until the chat is linked again.
     */
    record Unusable(String reason) implements StaffPost {}

    /** Telegram refused this message (another 4xx); the chat itself may still be fine. */
    record Refused(String reason) implements StaffPost {}
}
