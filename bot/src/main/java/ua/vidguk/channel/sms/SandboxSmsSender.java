package ua.vidguk.channel.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;

/**
 * The SMS channel of an installation without Twilio credentials: nothing leaves the machine. The
 * last messages are kept in memory, newest last, so that a web simulator can show what would
 * have been sent; older ones are dropped, so memory stays bounded however long it runs.
 */
final class SandboxSmsSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(SandboxSmsSender.class);

    /** One message the sandbox took instead of Twilio. */
    record Kept(String providerMessageId, OutboundMessage message, Instant sentAt) {}

    private final int capacity;
    private final Clock clock;
    private final Deque<Kept> kept = new ArrayDeque<>();

    SandboxSmsSender(int capacity, Clock clock) {
        this.capacity = Math.max(capacity, 1);
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        var sent = new Kept("sandbox-" + UUID.randomUUID(), message, clock.instant());
        synchronized (kept) {
            if (kept.size() == capacity) {
                kept.removeFirst();
            }
            kept.addLast(sent);
        }
        log.debug("Sandbox kept SMS {} to {} as {}", message.id(), message.to(), sent.providerMessageId());
        return new SendResult.Accepted(sent.providerMessageId());
    }

    /** The messages kept, oldest first. */
    List<Kept> recent() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }
}
