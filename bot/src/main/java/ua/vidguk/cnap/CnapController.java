package ua.vidguk.cnap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

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
    UpsertReport upsert(@RequestBody List<CnapInput> centres) {
        if (centres.size() > MAX_BATCH) {
            throw new ResponseStatusException(
                    HttpStatus.CONTENT_TOO_LARGE, "Send at most " + MAX_BATCH + " centres per request.");
        }
        return upsert.upsert(centres);
    }

    @GetMapping("/cnaps")
    CnapPage list(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String city,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (region != null && regions.find(region).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Regions.unknown(region));
        }
        return registry.list(region, city, page, size);
    }

    @GetMapping("/regions")
    Collection<Region> regions() {
        return regions.all();
    }
}
