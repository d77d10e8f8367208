package ua.vidguk.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.cnap.Region;
import ua.vidguk.cnap.Regions;

/**
 * The centres the public directory lists, found by a visitor's words: every word must be in the
 * centre's name, city, code or region's name, in any case, with any of the apostrophes people type
 * (Кам'янське, Камʼянське, Кам’янське are one city).
 *
 * <p>All centres (a few thousand) are read at most once per {@code vidguk.directory.cache-for} on
 * an instance, in the background after the first time: a new centre shows up that much later.
 */
@Component
class CentreDirectory {

    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private static final Pattern APOSTROPHES = Pattern.compile("[’ʼ‘`´ʹ′]");

    /** A centre with the text its search looks in. */
    record Listed(Cnap centre, String searched) {}

    private final Regions regions;
    private final Supplier<List<Listed>> centres;

    CentreDirectory(CnapRegistry registry, Regions regions, DirectoryProperties properties) {
        this.regions = regions;
        // Sorted once per read, not per search: a collator is slow, and the country has thousands.
        Collator alphabet = Collator.getInstance(UKRAINIAN);
        Supplier<List<Listed>> read = () -> registry.all().stream()
                .sorted(Comparator.comparing((Cnap centre) -> regionName(centre.region()), alphabet)
                        .thenComparing(Cnap::city, alphabet)
                        .thenComparing(Cnap::name, alphabet)
                        .thenComparing(Cnap::code))
                .map(this::listed)
                .toList();
        if (properties.cacheFor().isZero()) {
            this.centres = read;
        } else {
            LoadingCache<String, List<Listed>> cache = Caffeine.newBuilder()
                    .refreshAfterWrite(properties.cacheFor())
                    .build(all -> read.get());
            this.centres = () -> cache.get("all");
        }
    }

    /**
     * @param words what a visitor typed; every centre when blank
     * @param region only this region's centres; every region's when null
     * @return in the order a reader looks for them: region, city, then name (Ukrainian alphabet)
     */
    List<Cnap> find(@Nullable String words, @Nullable String region) {
        List<String> terms = words == null || words.isBlank()
                ? List.of()
                : Arrays.asList(folded(words).split(" "));
        return centres.get().stream()
                .filter(listed -> region == null || listed.centre().region().equals(region))
                .filter(listed -> terms.stream().allMatch(listed.searched()::contains))
                .map(Listed::centre)
                .toList();
    }

    String regionName(String code) {
        return regions.find(code).map(Region::nameUk).orElse(code);
    }

    private Listed listed(Cnap centre) {
        String regionNames = regions.find(centre.region())
                .map(region -> region.nameUk() + " " + region.nameEn())
                .orElse("");
        return new Listed(centre, folded(String.join(" ", centre.name(), centre.city(), centre.code(), regionNames)));
    }

    /** Lower case, one kind of apostrophe, single spaces; Latin "i" as the Ukrainian "і" it is often typed for. */
    static String folded(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(UKRAINIAN);
        return APOSTROPHES
                .matcher(lower)
                .replaceAll("'")
                .replace('i', 'і')
                .replaceAll("\\s+", " ")
                .strip();
    }
}
