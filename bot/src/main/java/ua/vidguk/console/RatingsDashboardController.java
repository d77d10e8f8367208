package ua.vidguk.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.access.AccessScope;
import ua.vidguk.access.Caller;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.cnap.Regions;
import ua.vidguk.figures.Level;
import ua.vidguk.figures.Period;
import ua.vidguk.figures.Ratings;
import ua.vidguk.figures.ScopeFigures;

/**
 * The ratings dashboard of the caller's scope, for viewers and up: satisfaction by month over the
 * last year, how each rating question was answered in the period, and a ranked table that drills
 * down region → city → centre ({@code ?level=&region=&city=}). The period is {@code ?period=2025-06},
 * {@code 2025-Q2} or {@code 2025}; the current month so far by default. A region the caller's scope
 * has nothing of is "not found".
 */
@RestController
class RatingsDashboardController {

    static final int TREND_MONTHS = 12;

    private final Ratings ratings;
    private final ScopeFigures figures;
    private final Regions regions;
    private final CnapRegistry cnaps;
    private final DashboardCharts charts;
    private final SignedIn signedIn;
    private final Pages pages;
    private final Clock clock;

    RatingsDashboardController(
            Ratings ratings,
            ScopeFigures figures,
            Regions regions,
            CnapRegistry cnaps,
            DashboardCharts charts,
            SignedIn signedIn,
            Pages pages,
            Clock clock) {
        this.ratings = ratings;
        this.figures = figures;
        this.regions = regions;
        this.cnaps = cnaps;
        this.charts = charts;
        this.signedIn = signedIn;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(DashboardTable.PATH)
    ResponseEntity<String> dashboard(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String city,
            CsrfToken csrf) {
        LocalDate today = LocalDate.now(clock.withZone(Period.ZONE));
        Period shown = period == null
                ? Period.month(YearMonth.from(today))
                : Period.parse(period)
                        .orElseThrow(() -> new ResponseStatusException(
                                HttpStatus.BAD_REQUEST, "period is 2025-06, 2025-Q2 or 2025"));
        AccessScope scope = caller.scope();
        Level rated = level == null ? defaultLevel(scope) : parse(level);
        // A region's viewer is always within its region: its ranks are among the region's peers.
        String within = region != null ? region : scope.region();
        if (within != null) {
            requireSeen(within, scope);
        }
        Ratings.Page page = ratings.rate(rated, within, shown.from(), shown.to(), scope);
        YearMonth last = YearMonth.from(shown.to()).isAfter(YearMonth.from(today))
                ? YearMonth.from(today)
                : YearMonth.from(shown.to());
        var table = new DashboardTable(shown, regions);
        Map<String, Object> values = new HashMap<>(table.values(page, rated, within, city, scope.national()));
        values.put("scope", signedIn.scope(scope));
        values.put("periods", table.periods(today, rated, within, city));
        values.putAll(charts.values(
                figures.trend(last, TREND_MONTHS, scope), figures.questions(shown.from(), shown.to(), scope)));
        return pages.render("ratings", csrf, values);
    }

    /** Where each scope starts: the country's regions, a region's cities, a centre's own row. */
    private static Level defaultLevel(AccessScope scope) {
        return switch (scope.level()) {
            case NATIONAL -> Level.REGION;
            case REGION -> Level.CITY;
            case CNAPS -> Level.CENTRE;
        };
    }

    private static Level parse(String level) {
        return Level.parse(level)
                .filter(parsed -> parsed != Level.COUNTRY)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.BAD_REQUEST, "level is one of region, city, centre"));
    }

    /** A region that does not exist, or that the scope has nothing of, is not there for this caller. */
    private void requireSeen(String region, AccessScope scope) {
        boolean seen = regions.find(region).isPresent()
                && switch (scope.level()) {
                    case NATIONAL -> true;
                    case REGION -> region.equals(scope.region());
                    case CNAPS ->
                        scope.codes().stream()
                                .anyMatch(code -> cnaps.find(code)
                                        .map(Cnap::region)
                                        .filter(Objects.requireNonNull(region)::equals)
                                        .isPresent());
                };
        if (!seen) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No region " + region + " in your scope");
        }
    }
}
