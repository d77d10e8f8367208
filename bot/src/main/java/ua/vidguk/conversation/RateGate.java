package ua.vidguk.conversation;

import ua.vidguk.channel.Channel;

/**
 * Waits, if it must, until a message may go out on a channel (a campaign's rate). The dispatcher
 * gives one with each invitation; it is waited on right before each message goes to the provider.
 */
@FunctionalInterface
public interface RateGate {

    /** No wait: for everything that is not an invitation. */
    RateGate OPEN = channel -> {};

    void acquire(Channel channel);
}
