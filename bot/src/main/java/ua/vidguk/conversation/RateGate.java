package ua.vidguk.conversation;

import ua.vidguk.channel.Channel;

/**
 * Waits, if it must, until a message may go out on a channel (a campaign's rate), and has the last
 * word on whether it still may: the wait can outlast the reason to send. The dispatcher gives one
 * with each invitation; it is asked right before each message goes to the provider.
 */
@FunctionalInterface
public interface RateGate {

    /** No wait, never a no: for everything that is not an invitation. */
    RateGate OPEN = channel -> true;

    /** @return false when the message must not go after all; nothing more of the conversation goes */
    boolean acquire(Channel channel);
}
