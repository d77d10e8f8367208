package ua.vidguk.channel;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A messenger channel of an installation without its credentials: every message is taken as the
 * provider would take it, and nothing leaves the machine.
 */
public final class SandboxSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(SandboxSender.class);

    private final Channel channel;

    public SandboxSender(Channel channel) {
        this.channel = channel;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        String id = "sandbox-" + UUID.randomUUID();
        log.debug("Sandbox kept {} message {} to {} as {}", channel, message.id(), message.to(), id);
        return new SendResult.Accepted(id);
    }
}
