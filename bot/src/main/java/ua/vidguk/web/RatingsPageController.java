package ua.vidguk.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.cnap.Regions;
import ua.vidguk.figures.Period;
import ua.vidguk.figures.PublicRatings;

/**
 * The public ratings, for anyone, with no sign-in: {@code GET /ratings} (a page, Ukrainian or with
 * {@code lang=en} English) and {@code GET /ratings.json}, for a {@code period} ({@code 2025-06},
 * {@code 2025-Q2}, {@code 2025}; the last whole month by default) and optionally one {@code region}
 * (its cities and centres instead of the regions). Both may be cached by anyone for {@link
 * #MAX_AGE} and carry an ETag ({@link RatingsPageCaching}).
 */
@RestController
class RatingsPageController {

    /** The figures behind them change with every answer, the ranks hardly within minutes. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final PublicRatings ratings;
    private final Regions regions;
    private final Clock clock;
    private final Template page;

    RatingsPageController(PublicRatings ratings, Regions regions, Clock clock) throws IOException {
        this.ratings = ratings;
        this.regions = regions;
        this.clock = clock;
        try (Reader source = new InputStreamReader(
                Objects.requireNonNull(RatingsPageController.class.getResourceAsStream("ratings.html.mustache")),
                StandardCharsets.UTF_8)) {
            this.page = Mustache.compiler().escapeHTML(true).defaultValue("").compile(source);
        }
    }

    @GetMapping(value = RatingsPageModel.JSON_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PublicRatings.View> json(
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String region) {
        return cached().body(view(period(period), region));
    }

    @GetMapping(value = RatingsPageModel.PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> page(
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String lang) {
        Period asked = period(period);
        var model = new RatingsPageModel(regions, today(), "en".equals(lang));
        return cached().body(page.execute(model.values(asked, view(asked, region))));
    }

    private PublicRatings.View view(Period period, @Nullable String region) {
        if (region == null) {
            return ratings.regions(period);
        }
        if (regions.find(region).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No region " + region);
        }
        return ratings.region(period, region);
    }

    private Period period(@Nullable String text) {
        if (text == null) {
            return Period.month(YearMonth.from(today()).minusMonths(1));
        }
        return Period.parse(text)
                .filter(period -> period.begunBy(today()))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        "period is a month, quarter or year begun already: 2025-06, 2025-Q2, 2025"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Period.ZONE));
    }

    private static ResponseEntity.BodyBuilder cached() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic());
    }
}
