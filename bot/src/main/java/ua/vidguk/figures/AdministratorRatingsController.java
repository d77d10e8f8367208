package ua.vidguk.figures;

import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.access.AccessScope;
import ua.vidguk.access.Caller;

/**
 * {@code GET /api/v1/ratings/administrators}: a centre's ratings per administrator over a run of
 * Kyiv months (inclusive; this month by default), for the centre's own head only (see {@link
 * AdministratorRatings}): a region's or the country's caller gets 403, another centre's 404.
 */
@RestController
class AdministratorRatingsController {

    static final URI CENTRES_OWN = URI.create("urn:vidguk:problem:for-the-centres-head");
    /** As the centres' ratings: ten years. */
    static final int MAX_MONTHS = 12 * 10;

    private final AdministratorRatings ratings;
    private final Clock clock;

    AdministratorRatingsController(AdministratorRatings ratings, Clock clock) {
        this.ratings = ratings;
        this.clock = clock;
    }

    @GetMapping("/api/v1/ratings/administrators")
    AdministratorRatings.Page administrators(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) @Nullable String centre,
            @RequestParam(required = false) @Nullable YearMonth from,
            @RequestParam(required = false) @Nullable YearMonth to) {
        AccessScope scope = caller.scope();
        String code = centre != null ? centre.strip() : onlyCentre(scope);
        switch (ratings.access(scope, code)) {
            case NOT_THE_CENTRES_HEAD -> throw notTheCentresHead();
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No centre " + code);
            case GRANTED -> {}
        }
        YearMonth last = to != null ? to : YearMonth.now(clock.withZone(FigureCounter.KYIV));
        YearMonth first = from != null ? from : last;
        if (first.isAfter(last) || first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "from must not be after to, and the period at most " + MAX_MONTHS + " months (yyyy-mm)");
        }
        return ratings.rate(scope, code, first, last).orElseThrow();
    }

    /** A centre's key or account names its centre; {@code centre} is needed only with several. */
    private static String onlyCentre(AccessScope scope) {
        if (scope.level() != AccessScope.Level.CNAPS) {
            throw notTheCentresHead();
        }
        if (scope.codes().size() != 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "centre is required: the scope names several");
        }
        return scope.codes().first();
    }

    private static ErrorResponseException notTheCentresHead() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                "Ratings per administrator are for the centre's own head: a credential whose scope names the"
                        + " centre (cnaps:<code>) reads them; a region's or the country's does not, whatever its role.");
        problem.setType(CENTRES_OWN);
        problem.setTitle("For the centre's own head");
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }
}
