package ua.vidguk.channel.sandbox;

import ua.vidguk.channel.Channel;
import ua.vidguk.scheduler.PhoneNumber;

/**
 * The provider's side of a sandbox channel: what a simulated person sends enters through the
 * channel's real webhook, signed with the sandbox's generated credentials, and what the bot sends
 * lands in the {@link #transcript()}. A bean exists only for channels that run as a sandbox.
 */
public interface SimulatedChannel {

    Channel channel();

    Transcript transcript();

    /** The address this channel knows the owner of a phone number by (their number, Viber id, chat id). */
    String addressOf(PhoneNumber phone);

    /** The person writes a text. */
    void write(String address, String text);

    /** The person taps a button under one of the bot's messages. */
    void tap(String address, SandboxMessage message, SandboxButton button, PhoneNumber owner);

    /**
     * The person opens the bot from a link or QR code carrying {@code payload} (a visit token or a
     * centre code); SMS has no such thing and writes the payload instead.
     */
    void open(String address, String payload);
}
