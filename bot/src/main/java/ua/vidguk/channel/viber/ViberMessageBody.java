package ua.vidguk.channel.viber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.OutboundMessage;

/**
 * An {@link OutboundMessage} as the JSON of Viber's {@code send_message}, or, without the receiver,
 * as the welcome message answered to {@code conversation_started}.
 *
 * <p>A keyboard row is 6 columns wide: up to six buttons (a 1–5 scale) share a row, one column each;
 * longer labels (a choice's options) get a row each so that they are readable on a phone.
 */
final class ViberMessageBody {

    static final int MIN_API_VERSION = 7;
    private static final int COLUMNS = 6;
    /** Labels this short fit one column (digits); anything longer needs the width of the row. */
    private static final int SHORT_LABEL = 3;

    private ViberMessageBody() {}

    static Map<String, Object> of(OutboundMessage message, String receiver, String senderName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receiver", receiver);
        body.putAll(welcome(message, senderName));
        return body;
    }

    static Map<String, Object> welcome(OutboundMessage message, String senderName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("min_api_version", MIN_API_VERSION);
        body.put("sender", Map.of("name", senderName));
        // viber-bot reads tracking_data back as a JSON object (a plain string comes back empty);
        // the payloads already say which question a tap answers, so it only names our message.
        body.put("tracking_data", "{\"message\":\"" + message.id() + "\"}");
        body.put("type", "text");
        body.put("text", message.text());
        if (!message.buttons().isEmpty()) {
            body.put("keyboard", keyboard(message.buttons()));
        }
        return body;
    }

    private static Map<String, Object> keyboard(List<Button> buttons) {
        boolean allShort = buttons.size() <= COLUMNS
                && buttons.stream().allMatch(button -> button.label().length() <= SHORT_LABEL);
        int columns = allShort ? Math.max(1, COLUMNS / buttons.size()) : buttons.size() == 2 ? COLUMNS / 2 : COLUMNS;
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (Button button : buttons) {
            rendered.add(Map.of(
                    "ActionType",
                    button.sharesPhone() ? "share-phone" : "reply",
                    "ActionBody",
                    button.payload(),
                    "Text",
                    button.label(),
                    "Columns",
                    columns,
                    "Rows",
                    1));
        }
        return Map.of("Type", "keyboard", "DefaultHeight", false, "Buttons", rendered);
    }
}
