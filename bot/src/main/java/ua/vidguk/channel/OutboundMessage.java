package ua.vidguk.channel;

import java.util.List;
import ua.vidguk.contact.ContactAddress;

/**
 * A message to send. Channels without keyboards (SMS) ignore the buttons: their text already says
 * how to answer.
 *
 * @param id Vidguk's own id of the message, for logs and delivery reports
 */
public record OutboundMessage(String id, ContactAddress to, String text, List<Button> buttons) {

    public OutboundMessage {
        buttons = List.copyOf(buttons);
    }
}
