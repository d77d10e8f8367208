package ua.vidguk.web;

import java.text.Collator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.Regions;
import ua.vidguk.poster.SurveyAddress;

/**
 * What the public directory shows, in its language: with no search and no region the regions that
 * have centres; for a region, its cities and centres; for a search, what it found, by region and
 * city (the first {@link #MAX_SHOWN}).
 */
final class CentresPageModel {

    static final String PATH = "/centres";
    static final String JSON_PATH = "/centres.json";
    static final int MAX_SHOWN = 200;

    private final Regions regions;
    private final boolean english;
    private final ResourceBundle texts;
    private final Collator alphabet;

    CentresPageModel(Regions regions, boolean english) {
        this.regions = regions;
        this.english = english;
        // centres.properties is the Ukrainian; no fallback to the machine's own locale.
        this.texts = ResourceBundle.getBundle(
                "ua.vidguk.web.centres",
                english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.alphabet = Collator.getInstance(english ? Locale.ENGLISH : CentreDirectory.UKRAINIAN);
    }

    /** @param found the centres asked for, in the directory's order */
    Map<String, Object> values(@Nullable String words, @Nullable String region, List<Cnap> found) {
        Map<String, Object> values = new HashMap<>();
        Map<String, String> t = new HashMap<>();
        texts.keySet().forEach(key -> t.put(key, texts.getString(key)));
        values.put("t", t);
        values.put("lang", english ? "en" : "uk");
        values.put("english", english);
        values.put("q", words == null ? "" : words);
        values.put("otherLanguage", href(words, region, !english));
        values.put("ratings", english ? "/ratings?lang=en" : "/ratings");
        values.put("json", link(JSON_PATH, words, region, false));
        if (words != null) {
            values.put(
                    "status",
                    found.isEmpty()
                            ? MessageFormat.format(texts.getString("nothing"), words)
                            : MessageFormat.format(texts.getString("found"), found.size()));
            if (found.size() > MAX_SHOWN) {
                values.put("more", MessageFormat.format(texts.getString("shown-first"), MAX_SHOWN));
            }
            values.put("groups", groups(found.subList(0, Math.min(found.size(), MAX_SHOWN))));
        } else if (region != null) {
            values.put("regionName", regionName(region));
            values.put("groups", groups(found));
        } else {
            List<Map<String, Object>> links = regionLinks(found);
            values.put("regions", links);
            values.put("hasRegions", !links.isEmpty());
            values.put("noCentres", links.isEmpty());
        }
        if (region != null || words != null) {
            values.put("allRegions", href(null, null, english));
        }
        return values;
    }

    private List<Map<String, Object>> regionLinks(List<Cnap> centres) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        centres.forEach(centre -> counts.merge(centre.region(), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(count -> Map.<String, Object>of(
                        "name", regionName(count.getKey()),
                        "href", href(null, count.getKey(), english),
                        "count", MessageFormat.format(texts.getString("centres-count"), count.getValue())))
                .sorted(Comparator.comparing(link -> (String) link.get("name"), alphabet))
                .toList();
    }

    /** Region by region, city by city, in the order found; regions in this language's alphabet. */
    private List<Map<String, Object>> groups(List<Cnap> centres) {
        Map<String, Map<String, List<Map<String, Object>>>> byRegion = new LinkedHashMap<>();
        for (Cnap centre : centres) {
            byRegion.computeIfAbsent(centre.region(), any -> new LinkedHashMap<>())
                    .computeIfAbsent(centre.city(), any -> new ArrayList<>())
                    .add(Map.of(
                            "name", centre.name(),
                            "code", centre.code(),
                            "href", SurveyAddress.PATH + centre.code() + (english ? "?lang=en" : "")));
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        byRegion.forEach((region, cities) -> {
            List<Map<String, Object>> cityGroups = new ArrayList<>();
            cities.forEach((city, listed) -> cityGroups.add(Map.of("name", city, "centres", listed)));
            groups.add(Map.of("name", regionName(region), "cities", cityGroups));
        });
        groups.sort(Comparator.comparing(group -> (String) group.get("name"), alphabet));
        return groups;
    }

    private String href(@Nullable String words, @Nullable String region, boolean inEnglish) {
        return link(PATH, words, region, inEnglish);
    }

    /** Values as template variables, so that a search for "a&b" or "a+b" is encoded, not split. */
    private static String link(String path, @Nullable String words, @Nullable String region, boolean inEnglish) {
        var builder = UriComponentsBuilder.fromPath(path);
        Map<String, String> values = new HashMap<>();
        if (words != null) {
            builder.queryParam("q", "{q}");
            values.put("q", words);
        }
        if (region != null) {
            builder.queryParam("region", "{region}");
            values.put("region", region);
        }
        if (inEnglish) {
            builder.queryParam("lang", "en");
        }
        return builder.encode().buildAndExpand(values).toUriString();
    }

    private String regionName(String code) {
        return regions.find(code)
                .map(region -> english ? region.nameEn() : region.nameUk())
                .orElse(code);
    }
}
