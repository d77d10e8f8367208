package ua.vidguk.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.access.Caller;

/**
 * {@code GET /api/v1/reports/centres/{code}} and {@code /regions/{region}}, {@code
 * ?period=2025-06|2025-Q2|2025} (the last whole month by default). A centre or region outside the
 * caller's scope is not found, as an unknown one is.
 */
@RestController
class ReportController {

    private final Reports reports;
    private final Clock clock;

    ReportController(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/centres/{code}")
    Report centre(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String period) {
        return reports.centre(code, period(period), caller.scope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No centre " + code));
    }

    @GetMapping("/api/v1/reports/regions/{region}")
    Report region(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String region,
            @RequestParam(required = false) @Nullable String period) {
        return reports.region(region, period(period), caller.scope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No region " + region));
    }

    private ReportPeriod period(@Nullable String period) {
        if (period == null || period.isBlank()) {
            return ReportPeriod.lastMonth(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Kyiv")));
        }
        return ReportPeriod.parse(period)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "period is a month (2025-06), a quarter (2025-Q2) or a year (2025)"));
    }
}
