package ua.vidguk.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.Regions;
import ua.vidguk.poster.SurveyAddress;

/**
 * The public directory of centres, for anyone, with no sign-in: {@code GET /centres} (a page,
 * Ukrainian or with {@code lang=en} English; {@code q} searches, {@code region} lists one region)
 * and {@code GET /centres.json} (the same centres with their survey addresses, for a map portal's
 * "leave feedback" button). Each centre leads to its web survey. Both may be cached by anyone for
 * {@link #MAX_AGE} and carry an ETag ({@link RatingsPageCaching}).
 */
@RestController
class CentresPageController {

    /** Centres change a few times a year. */
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    /** Longer searches are cut: no centre's name, city and code need more. */
    static final int MAX_SEARCH = 200;

    /** One centre as the JSON lists it; {@code survey} is its web survey's absolute address. */
    record Entry(String code, String name, String region, String regionName, String city, String survey) {}

    record Listing(List<Entry> centres) {}

    private final CentreDirectory directory;
    private final Regions regions;
    private final SurveyAddress addresses;
    private final Template page;

    CentresPageController(CentreDirectory directory, Regions regions, SurveyAddress addresses) throws IOException {
        this.directory = directory;
        this.regions = regions;
        this.addresses = addresses;
        try (Reader source = new InputStreamReader(
                Objects.requireNonNull(CentresPageController.class.getResourceAsStream("centres.html.mustache")),
                StandardCharsets.UTF_8)) {
            this.page = Mustache.compiler().escapeHTML(true).defaultValue("").compile(source);
        }
    }

    @GetMapping(value = CentresPageModel.PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> page(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String lang) {
        String words = words(q);
        List<Cnap> found = directory.find(words, known(region));
        var model = new CentresPageModel(regions, "en".equals(lang));
        return cached().body(page.execute(model.values(words, region, found)));
    }

    @GetMapping(value = CentresPageModel.JSON_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Listing> json(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String region) {
        String base = addresses.base();
        List<Entry> entries = directory.find(words(q), known(region)).stream()
                .map(centre -> new Entry(
                        centre.code(),
                        centre.name(),
                        centre.region(),
                        directory.regionName(centre.region()),
                        centre.city(),
                        SurveyAddress.of(base, centre.code())))
                .toList();
        return cached().body(new Listing(entries));
    }

    private @Nullable String known(@Nullable String region) {
        if (region != null && regions.find(region).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No region " + region);
        }
        return region;
    }

    private static @Nullable String words(@Nullable String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String words = q.strip();
        return words.length() > MAX_SEARCH ? words.substring(0, MAX_SEARCH) : words;
    }

    private static ResponseEntity.BodyBuilder cached() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic());
    }
}
