package ua.vidguk.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;
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
 * Cases for coordinators and viewers, newest first: also those still waiting for a staff chat.
 *
 * <p>Only the cases of the caller's scope: a centres' scope sees its centres' cases, a region's
 * scope the cases of its region. A {@code cnapCode} or {@code region} filter outside the scope gives
 * an empty list, as a filter that matches nothing does (a list leaves out what the caller may not
 * see; it does not say whether it exists).
 */
@RestController
class CaseController {

    private final Cases cases;
    private final Regions regions;

    CaseController(Cases cases, Regions regions) {
        this.cases = cases;
        this.regions = regions;
    }

    /**
     * A case without the alert's text, which holds the visitor's (masked) number.
     *
     * @param chatId the Telegram chat the alert was posted to (a supergroup's new id once its group
     *     was upgraded); {@code null} while it waits
     * @param centreChatUnusable the centre's chat could not be written to, so the alert went up
     * @param deliveryProblems each chat that would not take a message about the case, and why
     * @param suspect the response came in a burst of anonymous negative responses against the
     *     centre (docs/abuse.md): it may be fake; {@code suspectReason} says what was seen
     */
    record CaseView(
            String id,
            String cnapCode,
            @Nullable String region,
            AlertCase.Status status,
            Instant receivedAt,
            boolean delivered,
            @Nullable String postedTo,
            @Nullable Long chatId,
            boolean folded,
            String summary,
            @Nullable String takenBy,
            @Nullable Instant takenAt,
            @Nullable String resolvedBy,
            @Nullable Instant resolvedAt,
            @Nullable String resolution,
            boolean escalatedToRegion,
            boolean escalatedToMinistry,
            boolean centreChatUnusable,
            List<DeliveryProblem> deliveryProblems,
            boolean suspect,
            @Nullable String suspectReason) {

        static CaseView of(AlertCase c) {
            return new CaseView(
                    c.id(),
                    c.cnapCode(),
                    c.region(),
                    c.status(),
                    c.receivedAt(),
                    c.delivered(),
                    c.postedTo(),
                    c.chatId(),
                    c.folded(),
                    c.line(),
                    c.takenBy(),
                    c.takenAt(),
                    c.resolvedBy(),
                    c.resolvedAt(),
                    c.resolution(),
                    c.escalatedToRegion(),
                    c.escalatedToMinistry(),
                    c.centreChatUnusable(),
                    c.problems(),
                    c.suspect() != null,
                    c.suspect());
        }
    }

    @GetMapping("/api/v1/cases")
    List<CaseView> list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) @Nullable String cnapCode,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable Boolean delivered,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        if (region != null && regions.find(region).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown region " + region + ".");
        }
        AccessScope scope = caller.scope();
        if ((cnapCode != null
                        && scope.level() == AccessScope.Level.CNAPS
                        && !scope.codes().contains(cnapCode))
                || (region != null && scope.region() != null && !region.equals(scope.region()))) {
            return List.of();
        }
        List<Criteria> filters = new ArrayList<>();
        if (cnapCode != null) {
            filters.add(where("cnapCode").is(cnapCode));
        } else if (scope.level() == AccessScope.Level.CNAPS) {
            filters.add(where("cnapCode").in(scope.codes()));
        }
        String regionWanted = scope.region() != null ? scope.region() : region;
        if (regionWanted != null) {
            filters.add(where("region").is(regionWanted));
        }
        if (status != null) {
            filters.add(where("status").is(status(status).name()));
        }
        if (delivered != null) {
            filters.add(
                    delivered
                            ? where("deliveredAt").ne(null)
                            : where("deliveredAt").isNull());
        }
        return cases.list(filters, limit).stream().map(CaseView::of).toList();
    }

    private static AlertCase.Status status(String status) {
        try {
            return AlertCase.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Unknown status " + status + "; use OPEN, TAKEN or RESOLVED.");
        }
    }
}
