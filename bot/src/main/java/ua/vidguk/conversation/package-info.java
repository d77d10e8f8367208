/**
 * Survey conversations with visitors: the callers that store sessions and send what the pure
 * {@code engine} sub-package decides, the entry into a conversation from every channel, and the
 * invitation of a visitor on the best channel they can be reached on. The facts a conversation
 * produces are published as the records of the {@code event} sub-package, the module's named
 * interface for listeners (staff alerts, dispatch, reports).
 *
 * <p>It must not know providers: channels hand messages in through {@link
 * ua.vidguk.channel.Inbox} events and messages go out through {@link
 * ua.vidguk.channel.ChannelSender}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Conversations")
package ua.vidguk.conversation;

import org.jspecify.annotations.NullMarked;
