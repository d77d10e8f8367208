package ua.vidguk.console;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import ua.vidguk.cnap.Region;
import ua.vidguk.cnap.Regions;
import ua.vidguk.figures.Level;
import ua.vidguk.figures.Period;
import ua.vidguk.figures.Rating;
import ua.vidguk.figures.Ratings;

/** The dashboard's ranked table, its way back up (region → city → centre) and the period links. */
final class DashboardTable {

    static final String PATH = "/console/ratings";

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private final Period period;
    private final Regions regions;

    DashboardTable(Period period, Regions regions) {
        this.period = period;
        this.regions = regions;
    }

    Map<String, Object> values(
            Ratings.Page page, Level level, @Nullable String region, @Nullable String city, boolean national) {
        NumberFormat percent = NumberFormat.getPercentInstance(UKRAINIAN);
        percent.setMaximumFractionDigits(1);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Rating rating : page.entities()) {
            if (level == Level.CENTRE && city != null && !city.equals(rating.city())) {
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("id", rating.id());
            row.put("name", level == Level.REGION ? regionName(rating.id()) : rating.name());
            row.put("rank", rating.rank() == null ? "—" : String.valueOf(rating.rank()));
            row.put("change", change(rating.rankChange()));
            row.put("changeSaid", changeSaid(rating.rankChange()));
            row.put("responses", rating.responses());
            row.put("satisfaction", rating.satisfaction() == null ? "—" : percent.format(rating.satisfaction()));
            row.put("negative", rating.negative());
            drillDown(level, rating).ifPresent(href -> row.put("href", href));
            rows.add(row);
        }
        Map<String, Object> values = new HashMap<>();
        values.put("rows", rows);
        values.put("empty", rows.isEmpty());
        values.put("caption", caption(level, region, city));
        values.put("nameHeader", level == Level.REGION ? "Область" : level == Level.CITY ? "Місто" : "ЦНАП");
        values.put("minSample", page.minSample());
        values.put("period", period.label(false));
        values.put("path", path(level, region, city, national));
        return values;
    }

    /** This and last month, quarter and year, each for the same level and region. */
    List<Map<String, Object>> periods(LocalDate today, Level level, @Nullable String region, @Nullable String city) {
        Period month = Period.month(YearMonth.from(today));
        Period quarter = Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3);
        Period year = Period.year(today.getYear());
        List<Map<String, Object>> links = new ArrayList<>();
        for (Period offered : List.of(month, month.previous(), quarter, quarter.previous(), year, year.previous())) {
            links.add(Map.of(
                    "label",
                    offered.label(false),
                    "href",
                    href(offered, level, region, city),
                    "current",
                    offered.equals(period)));
        }
        return links;
    }

    private Optional<String> drillDown(Level level, Rating rating) {
        return switch (level) {
            case REGION -> Optional.of(href(period, Level.CITY, rating.id(), null));
            case CITY -> Optional.of(href(period, Level.CENTRE, rating.region(), rating.city()));
            default -> Optional.empty();
        };
    }

    /** The way back up: the country (for a national scope), the region, the city. */
    private List<Map<String, String>> path(
            Level level, @Nullable String region, @Nullable String city, boolean national) {
        List<Map<String, String>> path = new ArrayList<>();
        if (national && level != Level.REGION) {
            path.add(Map.of("label", "Україна", "href", href(period, Level.REGION, null, null)));
        }
        if (region != null && level == Level.CENTRE) {
            path.add(Map.of("label", regionName(region), "href", href(period, Level.CITY, region, null)));
        }
        return path;
    }

    private String caption(Level level, @Nullable String region, @Nullable String city) {
        String where = city != null ? city : region != null ? regionName(region) : null;
        String what = level == Level.REGION ? "Області" : level == Level.CITY ? "Міста" : "Центри";
        return what + (where == null ? "" : ": " + where) + ", " + period.label(false);
    }

    private static String change(@Nullable Integer change) {
        if (change == null) {
            return "—";
        }
        return change > 0 ? "▲ " + change : change < 0 ? "▼ " + -change : "=";
    }

    private static String changeSaid(@Nullable Integer change) {
        if (change == null) {
            return "без порівняння";
        }
        return change > 0 ? "вище на " + change : change < 0 ? "нижче на " + -change : "без змін";
    }

    private String href(Period of, Level level, @Nullable String region, @Nullable String city) {
        return UriComponentsBuilder.fromPath(PATH)
                .queryParam("period", of.key())
                .queryParam("level", level.key())
                .queryParamIfPresent("region", Optional.ofNullable(region))
                .queryParamIfPresent("city", Optional.ofNullable(city))
                .encode()
                .toUriString();
    }

    private String regionName(String code) {
        return regions.find(code).map(Region::nameUk).orElse(code);
    }
}
