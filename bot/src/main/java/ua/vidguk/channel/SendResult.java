package ua.vidguk.channel;

/** What became of one send. */
public sealed interface SendResult {

    /** The provider took the message; {@code providerMessageId} comes back in delivery reports. */
    record Accepted(String providerMessageId) implements SendResult {}

    /**
     * The provider refused the message, after retries where a retry could help.
     *
     * @param code the provider's error code, e.g. Twilio's {@code 21211}
     * @param permanent retrying later will not help
     * @param recipientOptedOut the provider says the recipient opted out (Twilio 21610): the
     *     contact must be treated as opted out everywhere
     */
    record Refused(String code, String reason, boolean permanent, boolean recipientOptedOut) implements SendResult {}
}
