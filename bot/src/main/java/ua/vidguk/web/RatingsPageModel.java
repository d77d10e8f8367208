package ua.vidguk.web;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import ua.vidguk.cnap.Regions;
import ua.vidguk.figures.Period;
import ua.vidguk.figures.PublicRatings;

/** What the public ratings page shows, in its language: the texts, the period links and the tables. */
final class RatingsPageModel {

    static final String PATH = "/ratings";
    static final String JSON_PATH = "/ratings.json";

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private final Regions regions;
    private final LocalDate today;
    private final boolean english;
    private final Locale locale;
    private final ResourceBundle texts;

    RatingsPageModel(Regions regions, LocalDate today, boolean english) {
        this.regions = regions;
        this.today = today;
        this.english = english;
        this.locale = english ? Locale.ENGLISH : UKRAINIAN;
        // ratings.properties is the Ukrainian; no fallback to the machine's own locale.
        this.texts = ResourceBundle.getBundle(
                "ua.vidguk.web.ratings",
                english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Map<String, Object> values(Period period, PublicRatings.View view) {
        Map<String, Object> values = new HashMap<>();
        Map<String, String> t = new HashMap<>();
        texts.keySet().forEach(key -> t.put(key, texts.getString(key)));
        values.put("t", t);
        values.put("lang", english ? "en" : "uk");
        String label = period.label(english);
        values.put("period", label);
        values.put("about", MessageFormat.format(texts.getString("about"), view.minSample()));
        values.put("otherLanguage", href(period, view.region(), !english));
        values.put(
                "json",
                UriComponentsBuilder.fromPath(JSON_PATH)
                        .queryParam("period", period.key())
                        .queryParamIfPresent("region", Optional.ofNullable(view.region()))
                        .encode()
                        .toUriString());
        values.put("periods", periods(period, view.region()));
        List<Map<String, Object>> tables = new ArrayList<>();
        if (view.region() == null) {
            tables.add(table("regions", format("regions-caption", label), "region", view.regions(), period));
        } else {
            String name = regionName(view.region());
            values.put("regionName", name);
            values.put("allRegions", href(period, null, english));
            tables.add(table("cities", format("cities-caption", name, label), "city", view.cities(), period));
            tables.add(table("centres", format("centres-caption", name, label), "centre", view.centres(), period));
        }
        values.put("tables", tables);
        return values;
    }

    private Map<String, Object> table(
            String id, String caption, String kind, List<PublicRatings.Entry> entries, Period period) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        List<Map<String, Object>> rows = entries.stream()
                .map(entry -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("id", entry.id());
                    row.put("rank", entry.rank());
                    row.put("name", kind.equals("region") ? regionName(entry.id()) : entry.name());
                    row.put("satisfied", percent.format(entry.satisfaction()));
                    row.put("responses", count.format(entry.responses()));
                    if (kind.equals("region")) {
                        row.put("href", href(period, entry.id(), english));
                    }
                    return row;
                })
                .toList();
        return Map.of(
                "id", id,
                "caption", caption,
                "nameHeader", texts.getString(kind),
                "rows", rows,
                "empty", rows.isEmpty());
    }

    /** The last six whole months, four whole quarters and two whole years; the one shown is marked. */
    private List<Map<String, Object>> periods(Period shown, @Nullable String region) {
        YearMonth month = YearMonth.from(today);
        List<Period> months = new ArrayList<>();
        for (int back = 1; back <= 6; back++) {
            months.add(Period.month(month.minusMonths(back)));
        }
        List<Period> quarters = new ArrayList<>();
        Period quarter = Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3);
        for (int back = 1; back <= 4; back++) {
            quarter = quarter.previous();
            quarters.add(quarter);
        }
        List<Period> years = List.of(Period.year(today.getYear() - 1), Period.year(today.getYear() - 2));
        return List.of(
                group("months", months, shown, region),
                group("quarters", quarters, shown, region),
                group("years", years, shown, region));
    }

    private Map<String, Object> group(String name, List<Period> periods, Period shown, @Nullable String region) {
        List<Map<String, Object>> links = periods.stream()
                .map(period -> Map.<String, Object>of(
                        "label", period.label(english),
                        "href", href(period, region, english),
                        "current", period.equals(shown)))
                .toList();
        return Map.of("label", texts.getString(name), "links", links);
    }

    private String href(Period period, @Nullable String region, boolean inEnglish) {
        return UriComponentsBuilder.fromPath(PATH)
                .queryParam("period", period.key())
                .queryParamIfPresent("region", Optional.ofNullable(region))
                .queryParamIfPresent("lang", Optional.ofNullable(inEnglish ? "en" : null))
                .encode()
                .toUriString();
    }

    private String regionName(String code) {
        return regions.find(code)
                .map(region -> english ? region.nameEn() : region.nameUk())
                .orElse(code);
    }

    private String format(String key, Object... arguments) {
        return MessageFormat.format(texts.getString(key), arguments);
    }
}
