/**
 * Telegram: sends {@link ua.vidguk.channel.OutboundMessage}s with an inline keyboard through the
 * Bot API (answered by an in-process fake without a token: the sandbox), and takes updates by long
 * polling or by the webhook (always the webhook in the sandbox, fed by the web simulator). A
 * {@code /start <payload>} opens the bot from a deep link or a QR code and goes through the {@link
 * ua.vidguk.channel.Inbox} as {@link ua.vidguk.channel.MessengerOpened}; text and taps go through it
 * as replies; a shared phone number is linked to the chat. In group chats (staff chats) text and
 * button presses become {@link ua.vidguk.channel.StaffChatMessageReceived} and {@link
 * ua.vidguk.channel.StaffButtonPressed}, and {@link ua.vidguk.channel.StaffMessenger} posts there.
 *
 * <p>Internal to the channels: other features see only the channels' API. It must not know
 * surveys or sessions: a tap's payload is passed on as text, and the engine decides what it means.
 */
@NullMarked
package ua.vidguk.channel.telegram;

import org.jspecify.annotations.NullMarked;
