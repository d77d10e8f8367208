package ua.vidguk.channel;

import java.time.Instant;

/**
 * A button of a message the bot posted in a group chat was pressed. Published once per callback
 * query; the listener must answer it through {@link StaffMessenger#answer}, or Telegram keeps the
 * button spinning.
 *
 * @param data the button's callback data, at most 64 bytes
 */
public record StaffButtonPressed(
        String callbackQueryId,
        long chatId,
        int messageId,
        long userId,
        String userName,
        String data,
        Instant pressedAt) {}
