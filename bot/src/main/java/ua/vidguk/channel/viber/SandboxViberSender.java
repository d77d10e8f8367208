package ua.vidguk.channel.viber;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;

/** The Viber channel of an installation without an auth token: nothing leaves the machine. */
final class SandboxViberSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(SandboxViberSender.class);

    @Override
    public Channel channel() {
        return Channel.VIBER;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        String id = "sandbox-" + UUID.randomUUID();
        log.debug("Sandbox kept Viber message {} to {} as {}", message.id(), message.to(), id);
        return new SendResult.Accepted(id);
    }
}
