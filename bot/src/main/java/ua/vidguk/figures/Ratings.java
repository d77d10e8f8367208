package ua.vidguk.figures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import ua.vidguk.access.AccessScope;
import ua.vidguk.cnap.Region;
import ua.vidguk.cnap.Regions;

/**
 * Ratings of one level over a period, from the figures: every entity within the region filter is
 * grouped from its centres and ranked among its peers (the same level within the filter), then only
 * what the caller's scope covers is shown. A rank is a place among peers, not their figures, so a
 * centre's head learns its place in the region without seeing the other centres.
 */
@Service
public class Ratings {

    private final FigureReader reader;
    private final Regions regions;
    private final RatingsProperties properties;
    private final Cache<Key, Ranked> recent =
            Caffeine.newBuilder().maximumSize(64).build();

    Ratings(FigureReader reader, Regions regions, RatingsProperties properties) {
        this.reader = reader;
        this.regions = regions;
        this.properties = properties;
    }

    /** The ratings a request asks for. */
    public record Page(
            String level,
            @Nullable String region,
            LocalDate from,
            LocalDate to,
            LocalDate previousFrom,
            LocalDate previousTo,
            int minSample,
            int ranked,
            List<Rating> entities) {}

    /** Centres grouped into one entity of a level. */
    private record Group(
            String id,
            String name,
            @Nullable String region,
            @Nullable String city,
            Tally tally) {}

    /** What a caller gets for a region outside its scope: nothing, as if it had no centres. */
    public Page none(Level level, @Nullable String region, LocalDate from, LocalDate to) {
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = previousFrom(from, to);
        return new Page(level.key(), region, from, to, previousFrom, previousTo, properties.minSample(), 0, List.of());
    }

    public Page rate(Level level, @Nullable String region, LocalDate from, LocalDate to, AccessScope scope) {
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = previousFrom(from, to);
        Map<String, FigureReader.Centre> figures = reader.read(from, to);
        Map<String, FigureReader.Centre> figuresBefore = reader.read(previousFrom, previousTo);
        Ranked ranked = ranked(new Key(level, region, from, to), figures, figuresBefore);
        List<Rating> shown = ranked.all().stream()
                .filter(rating -> visible(level, rating, scope))
                .toList();
        return new Page(
                level.key(),
                region,
                from,
                to,
                previousFrom,
                previousTo,
                properties.minSample(),
                ranked.ranked(),
                shown);
    }

    private record Key(Level level, @Nullable String region, LocalDate from, LocalDate to) {}

    /** Every entity's rating, ranked, made of these very figures (the reader's cached maps). */
    private record Ranked(
            Map<String, FigureReader.Centre> figures,
            Map<String, FigureReader.Centre> figuresBefore,
            List<Rating> all,
            int ranked) {}

    /**
     * The ratings of all 2,700 centres took 40 ms to make (p99 180 ms) however often the same
     * figures were asked for: they are made again only when the reader has read the figures again.
     */
    private Ranked ranked(
            Key key, Map<String, FigureReader.Centre> figures, Map<String, FigureReader.Centre> figuresBefore) {
        Ranked last = recent.getIfPresent(key);
        if (last != null && last.figures() == figures && last.figuresBefore() == figuresBefore) {
            return last;
        }
        Map<String, Group> now = group(key.level(), key.region(), figures);
        Map<String, Group> before = group(key.level(), key.region(), figuresBefore);
        Map<String, Integer> ranks = rank(now);
        Map<String, Integer> previousRanks = rank(before);
        List<Rating> all = new ArrayList<>();
        for (Group group : now.values()) {
            all.add(rating(
                    key.level(), group, ranks.get(group.id()), before.get(group.id()), previousRanks.get(group.id())));
        }
        all.sort(Comparator.comparing((Rating rating) -> rating.rank() == null ? Integer.MAX_VALUE : rating.rank())
                .thenComparing(Rating::id));
        Ranked made = new Ranked(figures, figuresBefore, List.copyOf(all), ranks.size());
        recent.put(key, made);
        return made;
    }

    /**
     * Where the period before starts: whole months (a month, a quarter, a year) are compared with
     * as many whole months before, so a year is compared with the year before, read from its year
     * documents, however many days each has; any other period with as many days before.
     */
    static LocalDate previousFrom(LocalDate from, LocalDate to) {
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
            return from.minusMonths(ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1);
        }
        return from.minusDays(ChronoUnit.DAYS.between(from, to) + 1);
    }

    private Map<String, Group> group(Level level, @Nullable String region, Map<String, FigureReader.Centre> centres) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (FigureReader.Centre centre : centres.values()) {
            if (region != null && !region.equals(centre.region())) {
                continue;
            }
            Group group = switch (level) {
                case CENTRE ->
                    new Group(
                            centre.code(),
                            centre.name() == null ? centre.code() : centre.name(),
                            centre.region(),
                            centre.city(),
                            new Tally());
                case CITY ->
                    groups.computeIfAbsent(
                            centre.region() + "/" + centre.city(),
                            id -> new Group(
                                    id, String.valueOf(centre.city()), centre.region(), centre.city(), new Tally()));
                case REGION ->
                    groups.computeIfAbsent(
                            String.valueOf(centre.region()),
                            id -> new Group(id, regionName(centre.region()), centre.region(), null, new Tally()));
                case COUNTRY -> groups.computeIfAbsent("UA", id -> new Group(id, "Україна", null, null, new Tally()));
            };
            groups.putIfAbsent(group.id(), group);
            groups.get(group.id()).tally().add(centre.tally());
        }
        return groups;
    }

    private Map<String, Integer> rank(Map<String, Group> groups) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        groups.forEach((id, group) -> tallies.put(id, group.tally()));
        return rank(tallies, properties.minSample());
    }

    /**
     * Competition ranking by satisfaction (equal satisfaction, equal place) of those with at least
     * {@code minSample} responses; the others have no place.
     */
    static Map<String, Integer> rank(Map<String, Tally> tallies, int minSample) {
        Map<String, Double> satisfied = new HashMap<>();
        tallies.forEach((id, tally) -> {
            Double satisfaction = Rating.satisfaction(tally);
            if (tally.responses >= minSample && satisfaction != null) {
                satisfied.put(id, satisfaction);
            }
        });
        List<Map.Entry<String, Double>> order = new ArrayList<>(satisfied.entrySet());
        order.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        Map<String, Integer> ranks = new HashMap<>();
        for (int place = 0; place < order.size(); place++) {
            boolean tied = place > 0
                    && order.get(place).getValue().equals(order.get(place - 1).getValue());
            String id = order.get(place).getKey();
            ranks.put(id, tied ? ranks.get(order.get(place - 1).getKey()) : place + 1);
        }
        return ranks;
    }

    private static boolean visible(Level level, Rating rating, AccessScope scope) {
        return switch (level) {
            case CENTRE -> scope.covers(rating.id(), rating.region());
            case CITY, REGION -> rating.region() != null && scope.coversRegion(rating.region());
            case COUNTRY -> scope.national();
        };
    }

    private static Rating rating(
            Level level, Group group, @Nullable Integer rank, @Nullable Group before, @Nullable Integer previousRank) {
        return Rating.of(
                level,
                group.id(),
                group.name(),
                group.region(),
                group.city(),
                group.tally(),
                before == null ? null : before.tally(),
                rank,
                previousRank);
    }

    private String regionName(@Nullable String code) {
        return code == null ? "—" : regions.find(code).map(Region::nameUk).orElse(code);
    }
}
