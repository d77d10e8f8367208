package ua.vidguk.channel;

import java.time.Instant;
import ua.vidguk.contact.ContactAddress;

/**
 * A visitor opened the bot in a messenger (Telegram's {@code /start}, Viber's {@code
 * conversation_started}), seen for the first time (redeliveries are dropped before this event).
 * Not a reply: what the visitor sees first depends on the link they followed.
 *
 * @param providerMessageId the provider's id of the update or callback
 * @param payload what the link carried (a visit token or a centre's code); empty when the bot was
 *     opened without one
 */
public record MessengerOpened(
        Channel channel, String providerMessageId, ContactAddress from, String payload, Instant openedAt) {}
