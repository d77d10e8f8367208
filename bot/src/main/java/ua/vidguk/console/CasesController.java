package ua.vidguk.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.access.Caller;
import ua.vidguk.alert.CaseSummary;
import ua.vidguk.alert.RecentCases;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;

/** The negative feedback of the caller's scope, newest first. */
@RestController
class CasesController {

    static final String PATH = "/console/cases";
    static final int SHOWN = 200;
    private static final DateTimeFormatter KYIV =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Kyiv"));

    private final RecentCases cases;
    private final CnapRegistry cnaps;
    private final Pages pages;

    CasesController(RecentCases cases, CnapRegistry cnaps, Pages pages) {
        this.cases = cases;
        this.cnaps = cnaps;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> list(@AuthenticationPrincipal Caller caller, CsrfToken csrf) {
        List<Map<String, Object>> shown =
                cases.recent(caller.scope(), SHOWN).stream().map(this::row).toList();
        return pages.render("cases", csrf, Map.of("cases", shown, "none", shown.isEmpty(), "limit", SHOWN));
    }

    private Map<String, Object> row(CaseSummary c) {
        return Map.of(
                "id", c.id(),
                "cnapCode", c.cnapCode(),
                "centre", cnaps.find(c.cnapCode()).map(Cnap::name).orElse(c.cnapCode()),
                "status", status(c.status()),
                "received", KYIV.format(c.receivedAt()),
                "summary", c.summary(),
                "resolved", c.resolution() != null,
                "resolution", c.resolution() == null ? "" : c.resolution());
    }

    private static String status(String status) {
        return switch (status) {
            case "OPEN" -> "новий";
            case "TAKEN" -> "у роботі";
            case "RESOLVED" -> "вирішено";
            default -> status;
        };
    }
}
