package ua.vidguk.channel;

/**
 * A tap answer in a messenger keyboard.
 *
 * @param label what the visitor sees
 * @param payload what comes back when it is tapped
 */
public record Button(String label, String payload) {

    /** The payload that asks a messenger for its own "share my phone number" button. */
    public static final String SHARE_PHONE = "share-phone";

    /**
     * A button that sends the visitor's own phone number (Viber's {@code share-phone}, Telegram's
     * {@code request_contact}): the only way a bot learns it, and so can invite them there later.
     */
    public static Button sharePhone(String label) {
        return new Button(label, SHARE_PHONE);
    }

    public boolean sharesPhone() {
        return SHARE_PHONE.equals(payload);
    }
}
