package ua.vidguk.conversation.engine;

import java.util.List;
import ua.vidguk.channel.Button;

/**
 * A prompt worded for one channel.
 *
 * @param text what the visitor reads
 * @param buttons tap answers, in order; always empty for SMS, whose text says what to send instead
 */
public record RenderedMessage(String text, List<Button> buttons) {

    public RenderedMessage {
        buttons = List.copyOf(buttons);
    }
}
