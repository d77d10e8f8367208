package ua.vidguk.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.sandbox.SandboxButton;
import ua.vidguk.channel.sandbox.SandboxMessage;
import ua.vidguk.channel.sandbox.SimulatedChannel;
import ua.vidguk.contact.InvalidPhoneNumber;
import ua.vidguk.contact.PhoneNumber;

/**
 * What the simulated phone's screen shows of a transcript: bubbles with Kyiv times, the buttons as
 * the channel lays them out (Viber's keyboard only under the latest message), and the visit links
 * an SMS carries, which the phone can open in a messenger.
 */
final class PhoneScreen {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Europe/Kyiv"));
    private static final Pattern VISIT_LINK = Pattern.compile("/v/([A-Za-z0-9]{10})");

    private PhoneScreen() {}

    /** The number as E.164 when it is one: a "+" typed into a link arrives as a space. */
    static String readable(String phone) {
        try {
            return PhoneNumber.parseMobile(phone.strip()).e164();
        } catch (InvalidPhoneNumber e) {
            return phone.strip();
        }
    }

    static String query(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static void show(Map<String, Object> values, SimulatedChannel simulated, String phone) {
        values.put("simulated", true);
        PhoneNumber number;
        try {
            number = PhoneNumber.parseMobile(phone);
        } catch (InvalidPhoneNumber e) {
            values.put("notice", Notices.text("bad-phone"));
            return;
        }
        List<Map<String, Object>> messages = new ArrayList<>();
        Set<String> tokens = new LinkedHashSet<>();
        List<SandboxMessage> shown = simulated.transcript().of(simulated.addressOf(number));
        // Viber's keyboard belongs to the screen, not to a message: only the latest one is there.
        SandboxMessage keyboardOwner = simulated.channel() == Channel.VIBER
                ? shown.reversed().stream()
                        .filter(m -> !m.fromPerson())
                        .findFirst()
                        .orElse(null)
                : null;
        for (SandboxMessage message : shown) {
            boolean keys = simulated.channel() != Channel.VIBER || message == keyboardOwner;
            messages.add(message(keys ? message : message.edited(message.text(), List.of())));
            VISIT_LINK.matcher(message.text()).results().forEach(found -> tokens.add(found.group(1)));
        }
        values.put("messages", messages);
        values.put("empty", messages.isEmpty());
        values.put("tokens", List.copyOf(tokens).reversed().stream().limit(1).toList());
    }

    /** One bubble with its buttons, for the phone's screen and the staff group's. */
    static Map<String, Object> message(SandboxMessage message) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int row = 0; row < message.keyboard().size(); row++) {
            List<Map<String, Object>> buttons = new ArrayList<>();
            List<SandboxButton> keys = message.keyboard().get(row);
            for (int col = 0; col < keys.size(); col++) {
                buttons.add(Map.of(
                        "label",
                        keys.get(col).label(),
                        "row",
                        row,
                        "col",
                        col,
                        "share",
                        keys.get(col).kind() == SandboxButton.Kind.SHARE_PHONE,
                        "reply",
                        keys.get(col).kind() == SandboxButton.Kind.REPLY));
            }
            rows.add(Map.of("buttons", buttons));
        }
        return Map.of(
                "id", message.id(),
                "mine", message.fromPerson(),
                "text", message.text(),
                "time", TIME.format(message.at()),
                "rows", rows);
    }
}
