package ua.vidguk.cnap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.access.AccessScope;
import ua.vidguk.access.Audited;
import ua.vidguk.access.Caller;

/**
 * The centres, as far as the caller's scope goes. A listing holds only the scope's centres (a
 * region filter other than a region scope's own gives an empty page); an upload lands only the rows
 * within the scope and rejects the others by row. The regions are public reference data.
 */
@RestController
@RequestMapping("/api/v1")
class CnapController {

    static final int MAX_BATCH = 10_000;
    // Keeps page * size within the int that the driver's skip takes.
    static final int MAX_PAGE = 1_000_000;

    private final CnapUpsert upsert;
    private final CnapRegistry registry;
    private final Regions regions;

    CnapController(CnapUpsert upsert, CnapRegistry registry, Regions regions) {
        this.upsert = upsert;
        this.registry = registry;
        this.regions = regions;
    }

    @PutMapping("/cnaps")
    @Audited("cnaps.loaded")
    UpsertReport upsert(@AuthenticationPrincipal Caller caller, @RequestBody List<CnapInput> centres) {
        if (centres.size() > MAX_BATCH) {
            throw new ResponseStatusException(
                    HttpStatus.CONTENT_TOO_LARGE, "Send at most " + MAX_BATCH + " centres per request.");
        }
        return upsert.upsert(centres, caller.scope());
    }

    @GetMapping("/cnaps")
    CnapPage list(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String city,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (region != null && regions.find(region).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Regions.unknown(region));
        }
        AccessScope scope = caller.scope();
        if (scope.region() != null && region != null && !region.equals(scope.region())) {
            return new CnapPage(List.of(), page, size, 0);
        }
        return registry.list(
                scope.level() == AccessScope.Level.CNAPS ? scope.codes() : null,
                scope.region() != null ? scope.region() : region,
                city,
                page,
                size);
    }

    @GetMapping("/regions")
    Collection<Region> regions() {
        return regions.all();
    }
}
