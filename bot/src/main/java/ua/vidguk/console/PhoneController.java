package ua.vidguk.console;

import java.util.Map;
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
import ua.vidguk.channel.sandbox.SimulatedChannel;
import ua.vidguk.contact.InvalidPhoneNumber;
import ua.vidguk.contact.PhoneNumber;

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
        values.put("phone", PhoneScreen.readable(phone));
        values.put("phoneQuery", PhoneScreen.query(PhoneScreen.readable(phone)));
        values.put("channel", channel.name());
        values.put("channelLabel", Simulators.label(channel));
        values.put("sms", channel == Channel.SMS);
        values.put("tabs", simulators.states(channel));
        values.put("notice", Notices.text(notice));
        simulators
                .of(channel)
                .ifPresentOrElse(
                        simulated -> PhoneScreen.show(values, simulated, phone), () -> values.put("real", true));
        return pages.render("phone", csrf, values);
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
