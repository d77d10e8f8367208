package ua.vidguk.conversation.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;

/**
 * A visitor asked never to be surveyed again (СТОП, STOP, ВІДПИСАТИСЯ, …): the contact must not get
 * an invitation on any channel until it opts back in.
 *
 * @param sessionId the conversation the word arrived in, or {@code null} when there was none
 * @param optedOutAt when the word arrived
 */
public record OptedOut(
        ContactAddress contact, Channel channel, @Nullable String sessionId, Instant optedOutAt)
        implements ConversationEvent {}
