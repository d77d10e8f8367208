package ua.vidguk.channel;

/** Sends messages on one channel: the real provider, or the sandbox when it has no credentials. */
public interface ChannelSender {

    Channel channel();

    /** Sends one message; never throws for provider errors, which are reported as {@link SendResult.Refused}. */
    SendResult send(OutboundMessage message);
}
