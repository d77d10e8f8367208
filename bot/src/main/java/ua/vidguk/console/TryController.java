package ua.vidguk.console;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.channel.Channel;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.InvalidPhoneNumber;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Conversations;
import ua.vidguk.survey.Survey;
import ua.vidguk.survey.Surveys;

/**
 * "Try a survey": a coordinator starts any loaded survey template on the simulated phone, on the
 * channel of their choice, and answers it as a visitor would, before a campaign uses it.
 */
@RestController
class TryController {

    static final String PATH = "/console/try";

    private final Surveys surveys;
    private final CnapRegistry cnaps;
    private final Conversations conversations;
    private final Simulators simulators;
    private final Pages pages;

    TryController(
            Surveys surveys, CnapRegistry cnaps, Conversations conversations, Simulators simulators, Pages pages) {
        this.surveys = surveys;
        this.cnaps = cnaps;
        this.conversations = conversations;
        this.simulators = simulators;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> form(CsrfToken csrf) {
        var shown = surveys.all().stream()
                .map(survey -> Map.of("id", survey.id(), "title", title(survey)))
                .toList();
        return pages.render(
                "try",
                csrf,
                Map.of(
                        "surveys",
                        shown,
                        "centres",
                        Centres.options(cnaps),
                        "channels",
                        simulators.states(Channel.SMS),
                        "phone",
                        PhoneController.DEFAULT_PHONE));
    }

    @PostMapping(PATH)
    ResponseEntity<String> start(
            @RequestParam String survey,
            @RequestParam String cnapCode,
            @RequestParam Channel channel,
            @RequestParam String phone) {
        var simulated = simulators.of(channel);
        PhoneNumber number;
        try {
            number = PhoneNumber.parseMobile(phone);
        } catch (InvalidPhoneNumber e) {
            return Pages.redirect(
                    PhoneController.PATH, Map.of("phone", phone, "channel", channel.name(), "notice", "bad-phone"));
        }
        if (simulated.isEmpty()) {
            return Pages.redirect(PhoneController.PATH, Map.of("phone", phone, "channel", channel.name()));
        }
        String address = simulated.get().addressOf(number);
        ContactAddress contact = switch (channel) {
            case SMS -> ContactAddress.tel(number);
            case VIBER -> ContactAddress.viber(address);
            case TELEGRAM -> ContactAddress.telegram(Long.parseLong(address));
            case WEB -> throw new IllegalStateException("The web survey has no simulator"); // left above
        };
        var outcome = conversations.start(contact, channel, cnapCode, survey);
        return Pages.redirect(
                PhoneController.PATH,
                Map.of(
                        "phone",
                        phone,
                        "channel",
                        channel.name(),
                        "notice",
                        outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    }

    private static String title(Survey survey) {
        return survey.title().in("uk") + " (" + survey.id() + ")";
    }
}
