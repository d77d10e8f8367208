package ua.vidguk.console;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
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
import ua.vidguk.channel.sandbox.SandboxMessage;
import ua.vidguk.channel.sandbox.SimulatedChannel;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.stafflink.StaffLinks;

/**
 * A centre's simulated staff group in Telegram: the alerts as the group sees them, their buttons,
 * the bot's "how did it end?" question to reply to, and a box for commands ({@code /stats},
 * {@code /unlink}). Linking goes the real way: a one-time code, sent as {@code /link <code>} by the
 * group's simulated administrator. Everything enters through the Telegram webhook.
 */
@RestController
class StaffController {

    static final String PATH = "/console/staff";

    private static final Logger log = LoggerFactory.getLogger(StaffController.class);

    private final Simulators simulators;
    private final StaffLinks links;
    private final CnapRegistry cnaps;
    private final Pages pages;

    StaffController(Simulators simulators, StaffLinks links, CnapRegistry cnaps, Pages pages) {
        this.simulators = simulators;
        this.links = links;
        this.cnaps = cnaps;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> group(
            @RequestParam(required = false) @Nullable String cnap,
            @RequestParam(required = false) @Nullable String notice,
            CsrfToken csrf) {
        Map<String, Object> values = new HashMap<>();
        List<Map<String, String>> centres = Centres.options(cnaps);
        String centre = cnap != null
                ? cnap
                : centres.isEmpty() ? null : centres.getFirst().get("code");
        values.put(
                "centres",
                centres.stream()
                        .map(option -> Map.of(
                                "code", option.get("code"),
                                "name", option.get("name"),
                                "selected", option.get("code").equals(centre)))
                        .toList());
        values.put("notice", Notices.text(notice));
        var telegram = simulators.of(Channel.TELEGRAM);
        if (centre == null || telegram.isEmpty()) {
            values.put("real", telegram.isEmpty());
            return pages.render("staff", csrf, values);
        }
        values.put("simulated", true);
        values.put("cnap", centre);
        var linked = links.centreChat(centre);
        values.put("linked", linked.isPresent());
        List<SandboxMessage> shown = telegram.get().transcript().of(group(centre, linked));
        values.put("messages", shown.stream().map(PhoneScreen::message).toList());
        values.put("empty", shown.isEmpty());
        return pages.render("staff", csrf, values);
    }

    @PostMapping(PATH + "/link")
    ResponseEntity<String> link(@RequestParam String cnap) {
        return act(cnap, (telegram, group) -> telegram.write(group, "/link " + links.issueCentreCode(cnap)));
    }

    @PostMapping(PATH + "/write")
    ResponseEntity<String> write(@RequestParam String cnap, @RequestParam String text) {
        return act(cnap, (telegram, group) -> telegram.write(group, text));
    }

    @PostMapping(PATH + "/tap")
    ResponseEntity<String> tap(
            @RequestParam String cnap, @RequestParam String message, @RequestParam int row, @RequestParam int col) {
        return act(cnap, (telegram, group) -> {
            var tapped = telegram.transcript().find(group, message).orElseThrow();
            telegram.tap(group, tapped, tapped.keyboard().get(row).get(col), null);
        });
    }

    @PostMapping(PATH + "/reply")
    ResponseEntity<String> reply(@RequestParam String cnap, @RequestParam String message, @RequestParam String text) {
        return act(cnap, (telegram, group) -> {
            var answered = telegram.transcript().find(group, message).orElseThrow();
            telegram.reply(group, answered, text);
        });
    }

    /**
     * The group of a centre: the chat its alerts go to once linked, else one made up for it (a
     * Telegram group's id is negative), so that each centre has a group of its own to link.
     */
    private static String group(String cnap, OptionalLong linked) {
        return Long.toString(linked.orElse(-1_000_000_000_000L - (cnap.hashCode() & 0x7fff_ffffL)));
    }

    private interface Action {
        void on(SimulatedChannel telegram, String group);
    }

    private ResponseEntity<String> act(String cnap, Action action) {
        String notice = null;
        try {
            action.on(simulators.of(Channel.TELEGRAM).orElseThrow(), group(cnap, links.centreChat(cnap)));
        } catch (RuntimeException e) {
            // The class only: what was sent may hold a link code.
            log.warn(
                    "The simulated staff message was not taken: {}",
                    e.getClass().getSimpleName());
            notice = "not-taken";
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("cnap", cnap);
        if (notice != null) {
            query.put("notice", notice);
        }
        return Pages.redirect(PATH, query);
    }
}
