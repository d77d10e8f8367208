package ua.vidguk.channel.sandbox;

/**
 * A button as the provider would show it under a message.
 *
 * @param payload what comes back when it is tapped (Telegram's callback data, Viber's action body)
 */
public record SandboxButton(String label, String payload, Kind kind) {

    public enum Kind {
        /** Sends its payload back as the person's answer. */
        ANSWER,
        /** Shares the person's own phone number (Telegram's request_contact, Viber's share-phone). */
        SHARE_PHONE,
        /** The bot asks for a written answer to this very message (Telegram's force_reply). */
        REPLY
    }
}
