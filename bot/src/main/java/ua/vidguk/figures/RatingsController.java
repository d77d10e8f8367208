package ua.vidguk.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.access.AccessScope;
import ua.vidguk.access.Caller;
import ua.vidguk.cnap.Regions;

/**
 * {@code GET /api/v1/ratings}: the ratings of one level over a period of Kyiv days (inclusive;
 * the last 30 days by default), as far as the caller's scope goes. A region filter other than a
 * region scope's own gives an empty list, as the centres' list does.
 */
@RestController
class RatingsController {

    static final int DEFAULT_DAYS = 30;
    /** Long enough for any comparison anyone asked for; a bound on what one call reads. */
    static final int MAX_DAYS = 366 * 10;

    private final Ratings ratings;
    private final Regions regions;
    private final Clock clock;

    RatingsController(Ratings ratings, Regions regions, Clock clock) {
        this.ratings = ratings;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping("/api/v1/ratings")
    Ratings.Page ratings(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(defaultValue = "centre") String level,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        Level rated = Level.parse(level)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "level is one of centre, city, region, country"));
        if (region != null && regions.find(region).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown region " + region);
        }
        LocalDate last = to != null ? to : LocalDate.now(clock.withZone(FigureCounter.KYIV));
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
        if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "from must not be after to, and the period at most " + MAX_DAYS + " days");
        }
        AccessScope scope = caller.scope();
        if (scope.region() != null && region != null && !region.equals(scope.region())) {
            return ratings.none(rated, region, first, last);
        }
        return ratings.rate(rated, region, first, last, scope);
    }
}
