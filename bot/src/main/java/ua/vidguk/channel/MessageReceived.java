package ua.vidguk.channel;

import java.time.Instant;
import ua.vidguk.contact.ContactAddress;

/**
 * A visitor's message arrived, verified and seen for the first time (redeliveries are dropped
 * before this event).
 *
 * @param providerMessageId the provider's id, e.g. Twilio's {@code MessageSid}
 * @param text what the visitor wrote, or the payload of the button they tapped
 */
public record MessageReceived(
        Channel channel, String providerMessageId, ContactAddress from, String text, Instant receivedAt) {}
