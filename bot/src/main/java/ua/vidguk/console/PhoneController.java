package ua.vidguk.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.sandbox.SandboxButton;
import ua.vidguk.channel.sandbox.SandboxMessage;
import ua.vidguk.channel.sandbox.SimulatedChannel;
import ua.vidguk.scheduler.InvalidPhoneNumber;
import ua.vidguk.scheduler.PhoneNumber;

/**
 * The simulated phone: one person's conversation on one channel, as that channel shows it, with a
 * reply box, tappable buttons and "open the bot" for messengers. Everything posted goes to the
 * channel's simulator, which calls the real webhook.
 */
@RestController
class PhoneController {

    static final String PATH = "/console/phone";
    static final String DEFAULT_PHONE = "+380501234567";

    private static final Logger log = LoggerFactory.getLogger(PhoneController.class);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Europe/Kyiv"));
    private static final Pattern VISIT_LINK = Pattern.compile("/v/([A-Za-z0-9]{10})");

    private final Simulators simulators;
    private final Pages pages;

    PhoneController(Simulators simulators, Pages pages) {
        this.simulators = simulators;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> phone(
            @RequestParam(defaultValue = DEFAULT_PHONE) String phone,
            @RequestParam(defaultValue = "SMS") Channel channel,
            @RequestParam(required = false) @Nullable String notice,
            CsrfToken csrf) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("phone", readable(phone));
        values.put("phoneQuery", query(readable(phone)));
        values.put("channel", channel.name());
        values.put("channelLabel", Simulators.label(channel));
        values.put("sms", channel == Channel.SMS);
        values.put("tabs", simulators.states(channel));
        values.put("notice", Notices.text(notice));
        simulators
                .of(channel)
                .ifPresentOrElse(simulated -> show(values, simulated, phone), () -> values.put("real", true));
        return pages.render("phone", csrf, values);
    }

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

    private void show(Map<String, Object> values, SimulatedChannel simulated, String phone) {
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

    private static Map<String, Object> message(SandboxMessage message) {
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
                        keys.get(col).kind() == SandboxButton.Kind.SHARE_PHONE));
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

    @PostMapping(PATH + "/write")
    ResponseEntity<String> write(@RequestParam String phone, @RequestParam Channel channel, @RequestParam String text) {
        return act(phone, channel, (simulated, number) -> simulated.write(simulated.addressOf(number), text));
    }

    @PostMapping(PATH + "/open")
    ResponseEntity<String> open(
            @RequestParam String phone,
            @RequestParam Channel channel,
            @RequestParam(defaultValue = "") String payload) {
        return act(phone, channel, (simulated, number) -> simulated.open(simulated.addressOf(number), payload.strip()));
    }

    @PostMapping(PATH + "/tap")
    ResponseEntity<String> tap(
            @RequestParam String phone,
            @RequestParam Channel channel,
            @RequestParam String message,
            @RequestParam int row,
            @RequestParam int col) {
        return act(phone, channel, (simulated, number) -> {
            String address = simulated.addressOf(number);
            var tapped = simulated.transcript().find(address, message).orElseThrow();
            simulated.tap(address, tapped, tapped.keyboard().get(row).get(col), number);
        });
    }

    private interface Action {
        void on(SimulatedChannel simulated, PhoneNumber number);
    }

    private ResponseEntity<String> act(String phone, Channel channel, Action action) {
        String notice = null;
        try {
            var simulated = simulators.of(channel).orElseThrow();
            action.on(simulated, PhoneNumber.parseMobile(phone));
        } catch (InvalidPhoneNumber e) {
            notice = "bad-phone";
        } catch (RuntimeException e) {
            // The webhook answered an error, as a provider would see it: the page says so.
            // The class only: a webhook's problem detail may quote what was sent, a phone number included.
            log.warn(
                    "The simulated {} message was not taken: {}",
                    channel,
                    e.getClass().getSimpleName());
            notice = "not-taken";
        }
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("phone", phone);
        query.put("channel", channel.name());
        if (notice != null) {
            query.put("notice", notice);
        }
        return Pages.redirect(PATH, query);
    }
}
