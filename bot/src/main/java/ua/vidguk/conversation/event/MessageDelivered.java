package ua.vidguk.conversation.event;

import java.time.Instant;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;

/** A conversation's message reached the visitor's phone or app (the provider said delivered or read). */
public record MessageDelivered(String sessionId, ContactAddress contact, Channel channel, Instant deliveredAt)
        implements ConversationEvent {}
