package ua.vidguk.channel;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Someone wrote in a group chat where the bot is a member: a command such as {@code /link} or a
 * reply to the bot. Published once per Telegram update; a listener that throws makes the update
 * count as not received, so that Telegram's redelivery is taken in.
 *
 * @param userName how staff know the writer: the first and last name, else the username
 * @param replyToMessageId the message this one answers, or {@code null}
 */
public record StaffChatMessageReceived(
        long chatId,
        int messageId,
        long userId,
        String userName,
        @Nullable Integer replyToMessageId,
        String text,
        Instant receivedAt) {}
