package ua.vidguk.channel.telegram;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;

/** The Telegram channel of an installation without a bot token: nothing leaves the machine. */
final class SandboxTelegramSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(SandboxTelegramSender.class);

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        String id = "sandbox-" + UUID.randomUUID();
        log.debug("Sandbox kept Telegram message {} to {} as {}", message.id(), message.to(), id);
        return new SendResult.Accepted(id);
    }
}
