package ua.vidguk.conversation.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;

/**
 * A visitor asked to be surveyed again (СТАРТ, START) after opting out.
 *
 * @param sessionId the conversation the word arrived in, or {@code null} when there was none
 * @param optedInAt when the word arrived
 */
public record OptedIn(
        ContactAddress contact, Channel channel, @Nullable String sessionId, Instant optedInAt)
        implements ConversationEvent {}
