package ua.vidguk.channel.sandbox;

import org.jspecify.annotations.Nullable;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.PhoneNumber;

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

    /** The person writes a text in answer to one of the bot's messages (Telegram quotes it). */
    default void reply(String address, SandboxMessage to, String text) {
        write(address, text);
    }

    /**
     * The person taps a button under one of the bot's messages.
     *
     * @param owner the phone's number, for a button that shares it; null in a staff group
     */
    void tap(String address, SandboxMessage message, SandboxButton button, @Nullable PhoneNumber owner);

    /**
     * The person opens the bot from a link or QR code carrying {@code payload} (a visit token or a
     * centre code); SMS has no such thing and writes the payload instead.
     */
    void open(String address, String payload);
}
