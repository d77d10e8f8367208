package ua.vidguk.console;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import ua.vidguk.cnap.Region;
import ua.vidguk.cnap.Regions;

/**
 * The posters and QR codes of the caller's centres, to download with the console's session: a
 * centre's head its centres; a region its region's, by city, with the region's ZIP; the country
 * picks a region first ({@code ?region=UA-74}). A region the scope does not cover whole is not
 * found. The files themselves are {@link PosterDownloadsController}'s.
 */
@RestController
class PostersController {

    static final String PATH = "/console/posters";
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private final CnapRegistry cnaps;
    private final Regions regions;
    private final Pages pages;

    PostersController(CnapRegistry cnaps, Regions regions, Pages pages) {
        this.cnaps = cnaps;
        this.regions = regions;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> show(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) @Nullable String region,
            CsrfToken csrf) {
        AccessScope scope = caller.scope();
        String chosen = region == null || region.isBlank() ? scope.region() : region.strip();
        Optional<Region> shown = Optional.ofNullable(chosen).flatMap(regions::find);
        if (chosen != null && (shown.isEmpty() || !scope.coversRegion(chosen))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No region " + chosen + " in your scope");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("national", scope.national());
        if (scope.national()) {
            values.put("regions", regionChoices(chosen));
        }
        // A centres scope lists its own (a code not registered yet is left out); the country, a
        // region once picked.
        List<Cnap> centres = shown.isPresent()
                ? cnaps.inRegion(shown.get().code())
                : scope.level() == AccessScope.Level.CNAPS
                        ? scope.codes().stream()
                                .flatMap(code -> cnaps.find(code).stream())
                                .toList()
                        : List.of();
        shown.ifPresent(r -> values.put(
                "region",
                Map.of(
                        "code", r.code(),
                        "name", r.nameUk(),
                        "nameEn", r.nameEn(),
                        "zip", PosterDownloadsController.zip(r.code()))));
        values.put("listed", shown.isPresent() || !scope.national());
        values.put("cities", byCity(centres));
        values.put("count", centres.size());
        values.put("none", centres.isEmpty());
        return pages.render("posters", csrf, values);
    }

    private List<Map<String, Object>> regionChoices(@Nullable String chosen) {
        return regions.all().stream()
                .map(r -> Map.<String, Object>of(
                        "code",
                        r.code(),
                        "name",
                        r.nameUk(),
                        "selected",
                        r.code().equals(chosen)))
                .toList();
    }

    /** Cities, then centres by name, in Ukrainian alphabetical order. */
    private static List<Map<String, Object>> byCity(Collection<Cnap> centres) {
        Collator alphabet = Collator.getInstance(UKRAINIAN);
        Map<String, List<Cnap>> cities = new TreeMap<>(alphabet);
        centres.forEach(centre ->
                cities.computeIfAbsent(centre.city(), city -> new ArrayList<>()).add(centre));
        return cities.entrySet().stream()
                .map(city -> Map.<String, Object>of(
                        "city",
                        city.getKey(),
                        "centres",
                        city.getValue().stream()
                                .sorted(Comparator.comparing(Cnap::name, alphabet))
                                .map(PostersController::centre)
                                .toList()))
                .toList();
    }

    private static Map<String, Object> centre(Cnap centre) {
        String files = PosterDownloadsController.files(centre.code());
        return Map.of(
                "code", centre.code(),
                "name", centre.name(),
                "preview", files + "/qr.svg?size=" + PosterDownloadsController.PREVIEW_SIZE,
                "pdf", files + "/poster.pdf",
                "png", files + "/qr.png?size=" + PosterDownloadsController.PNG_SIZE,
                "svg", files + "/qr.svg");
    }
}
