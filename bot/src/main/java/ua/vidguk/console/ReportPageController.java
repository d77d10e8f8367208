package ua.vidguk.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.access.AccessScope;
import ua.vidguk.access.Caller;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.cnap.Regions;
import ua.vidguk.report.Report;
import ua.vidguk.report.ReportPeriod;
import ua.vidguk.report.Reports;

/**
 * The printable report of a centre or a region ({@code /console/reports?centre=…&period=…} or
 * {@code ?region=…}), with a form to choose one within the caller's scope. A centre or region
 * outside the scope is not found, as in the API.
 */
@RestController
class ReportPageController {

    static final String PATH = "/console/reports";

    private final Reports reports;
    private final CnapRegistry cnaps;
    private final Regions regions;
    private final Pages pages;
    private final Clock clock;

    ReportPageController(Reports reports, CnapRegistry cnaps, Regions regions, Pages pages, Clock clock) {
        this.reports = reports;
        this.cnaps = cnaps;
        this.regions = regions;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ResponseEntity<String> report(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) @Nullable String centre,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String period,
            CsrfToken csrf) {
        AccessScope scope = caller.scope();
        Map<String, Object> values = new HashMap<>(form(scope, centre, region));
        ReportPeriod chosen = period == null || period.isBlank()
                ? ReportPeriod.lastMonth(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Kyiv")))
                : ReportPeriod.parse(period).orElse(null);
        values.put("period", period == null || period.isBlank() ? chosen.key() : period);
        if (chosen == null) {
            values.put("problem", "Період — місяць (2025-06), квартал (2025-Q2) або рік (2025).");
            return pages.render(HttpStatus.BAD_REQUEST, "report", csrf, values);
        }
        Optional<Report> report = blank(centre)
                ? blank(region) ? Optional.empty() : reports.region(region.strip(), chosen, scope)
                : reports.centre(centre.strip(), chosen, scope);
        if (report.isPresent()) {
            values.putAll(ReportView.values(report.get()));
        } else if (!blank(centre) || !blank(region)) {
            values.put("problem", "Такого ЦНАП чи регіону у вашій зоні немає.");
            return pages.render(HttpStatus.NOT_FOUND, "report", csrf, values);
        }
        return pages.render("report", csrf, values);
    }

    /** The choices the caller's scope offers. */
    private Map<String, Object> form(AccessScope scope, @Nullable String centre, @Nullable String region) {
        List<Map<String, Object>> regionOptions = regions.all().stream()
                .filter(r -> scope.coversRegion(r.code()))
                .map(r -> Map.<String, Object>of(
                        "code",
                        r.code(),
                        "name",
                        r.nameUk(),
                        "selected",
                        r.code().equals(region)))
                .toList();
        List<Map<String, String>> centres = switch (scope.level()) {
            case CNAPS ->
                scope.codes().stream()
                        .map(code -> Map.of(
                                "code",
                                code,
                                "name",
                                cnaps.find(code).map(c -> c.name()).orElse(code)))
                        .toList();
            case REGION ->
                cnaps.codesIn(String.valueOf(scope.region())).stream()
                        .sorted()
                        .map(code -> Map.of(
                                "code",
                                code,
                                "name",
                                cnaps.find(code).map(c -> c.name()).orElse(code)))
                        .toList();
            case NATIONAL -> Centres.options(cnaps);
        };
        return Map.of(
                "regions",
                regionOptions,
                "anyRegion",
                !regionOptions.isEmpty(),
                "centres",
                centres,
                "centre",
                centre == null ? "" : centre);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
