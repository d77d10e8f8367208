package ua.vidguk.console;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.visit.VisitReporting;

/** "Report a visit": one visit into the real intake, as a centre's system reports it through the API. */
@RestController
class VisitFormController {

    static final String PATH = "/console/visits";
    private static final DateTimeFormatter KYIV_MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Kyiv"));

    private final VisitReporting visits;
    private final CnapRegistry cnaps;
    private final Pages pages;
    private final Clock clock;

    VisitFormController(VisitReporting visits, CnapRegistry cnaps, Pages pages, Clock clock) {
        this.visits = visits;
        this.cnaps = cnaps;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ResponseEntity<String> form(
            @RequestParam(defaultValue = PhoneController.DEFAULT_PHONE) String phone,
            @RequestParam(required = false) @Nullable String notice,
            CsrfToken csrf) {
        return pages.render(
                "visit",
                csrf,
                Map.of(
                        "phone",
                        phone,
                        "visitedAt",
                        KYIV_MINUTE.format(clock.instant()),
                        "centres",
                        Centres.options(cnaps),
                        "notice",
                        notice == null ? "" : notice));
    }

    @PostMapping(PATH)
    ResponseEntity<String> report(
            @RequestParam String cnapCode, @RequestParam String phone, @RequestParam String visitedAt) {
        var outcome = visits.report("console-" + UUID.randomUUID(), cnapCode, phone, visitedAt);
        if (!outcome.accepted()) {
            return Pages.redirect(PATH, Map.of("phone", phone, "notice", "Візит не прийнято: " + outcome.reason()));
        }
        return Pages.redirect(
                PhoneController.PATH, Map.of("phone", phone, "channel", "SMS", "notice", "visit-accepted"));
    }
}
