package ua.vidguk.channel;

import java.util.List;

/**
 * Staff group chats as the alert feature needs them: post, edit, answer a pressed button, ask for
 * a reply, check who administers a chat. Implemented in {@code channel.telegram} (against the Bot
 * API, or the sandbox's in-process one), behind this port so that the alert feature does not
 * depend on the Telegram client. No pacing here: the caller keeps each group within its limit,
 * and "too many requests" comes back as {@link StaffPost.Later} rather than holding a thread; a
 * group that became a supergroup comes back as {@link StaffPost.Moved}, a chat the bot was
 * removed from as {@link StaffPost.Unusable}. A text longer than a message may be is shortened
 * here as a last resort, so that Telegram never refuses one for its length.
 */
public interface StaffMessenger {

    /** Posts a message with its buttons, two a row (one alert's pair; a summary's, one alert a row). */
    StaffPost post(long chatId, String text, List<Button> buttons);

    /**
     * Asks one member for an answer: the question replies to {@code replyTo}, mentions the member
     * where {@code userName} stands in the text, and opens a reply field for that member only.
     */
    StaffPost askForReply(long chatId, int replyTo, String text, long userId, String userName);

    /** Replaces a posted message's text and buttons; a failure is returned, not thrown. */
    StaffPost edit(long chatId, int messageId, String text, List<Button> buttons);

    /** Answers a pressed button with a short notice that the member sees at once. */
    void answer(String callbackQueryId, String text);

    /** Whether the user owns or administers the chat; false when it cannot be known. */
    boolean isAdministrator(long chatId, long userId);
}
