package ua.vidguk.figures;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Every centre's figures for a run of Kyiv days, read from as few documents as the run allows:
 * whole years from the year documents, whole months from the month documents, the rest from the
 * days. Each kind is one {@code _id} range per run, so a year of 2,700 centres is 2,700 documents.
 */
@Component
class FigureReader {

    /** A centre's figures over the run, with where the centre is. */
    record Centre(
            String code,
            @Nullable String name,
            @Nullable String region,
            @Nullable String city,
            Tally tally) {}

    static final int BATCH = 500;

    /** A period not asked for this long is forgotten rather than kept fresh. */
    static final Duration KEPT_UNASKED = Duration.ofHours(1);

    private final MongoTemplate mongo;
    private final @Nullable LoadingCache<Period, Map<String, Centre>> recent;

    private record Period(LocalDate from, LocalDate to) {}

    FigureReader(MongoTemplate mongo, RatingsProperties properties) {
        this.mongo = mongo;
        // A few periods are asked for again and again (this month, this year, the ones before).
        // Once read, a period is answered from memory and read again in the background after
        // cache-for, so that only the first ask of a period waits for the database.
        this.recent = properties.cacheFor().isZero()
                ? null
                : Caffeine.newBuilder()
                        .refreshAfterWrite(properties.cacheFor())
                        .expireAfterAccess(KEPT_UNASKED.plus(properties.cacheFor()))
                        .maximumSize(64)
                        .build(period -> readNow(period.from(), period.to()));
    }

    /**
     * @return by centre code; centres with no figures in the run are absent. Read-only: the same
     *     map may answer other calls for {@code vidguk.ratings.cache-for} and a background read
     */
    Map<String, Centre> read(LocalDate from, LocalDate to) {
        return recent == null ? readNow(from, to) : recent.get(new Period(from, to));
    }

    /** Forgets what was read, so the next call reads the database (the benchmark's cold reads). */
    void forget() {
        if (recent != null) {
            recent.invalidateAll();
        }
    }

    private Map<String, Centre> readNow(LocalDate from, LocalDate to) {
        Map<String, Centre> centres = new LinkedHashMap<>();
        each(FigureKeys.CENTRE, from, to, figures -> {
            String code = figures.getString("cnap");
            Centre centre = centres.computeIfAbsent(
                    code,
                    key -> new Centre(
                            key,
                            figures.getString("name"),
                            figures.getString("region"),
                            figures.getString("city"),
                            new Tally()));
            centre.tally().add(figures);
        });
        return centres;
    }

    /**
     * Every region's figures over the run, from the regions' own documents (a region's centres as
     * they were when each response came, so a centre moved since counts where it was).
     *
     * @return by region code; regions with no figures in the run are absent
     */
    Map<String, Tally> readRegions(LocalDate from, LocalDate to) {
        Map<String, Tally> regions = new LinkedHashMap<>();
        each(
                FigureKeys.REGION,
                from,
                to,
                figures -> regions.computeIfAbsent(figures.getString("region"), key -> new Tally())
                        .add(figures));
        return regions;
    }

    /**
     * Streams the documents, a page of {@value #BATCH} at a time: a run of days of every centre may
     * be a hundred thousand. Each page is a query of its own (from the last {@code _id} read), not
     * the next batch of one cursor: the embedded server holds a cursor's whole result in memory
     * until it is read, so 30 days of 2,700 centres held 162,000 documents there for 13 s.
     */
    private void each(FigureKeys tier, LocalDate from, LocalDate to, Consumer<Document> action) {
        for (String[] range : ranges(tier, from, to)) {
            String after = null;
            List<Document> page;
            do {
                // One range on _id alone, in _id order: the shape the embedded database walks by
                // its index and stops at the limit. The driver's documents as they are: Spring's
                // converter, walking every nested count, cost ten times the read itself.
                var bounds = after == null ? new Document("$gte", range[0]) : new Document("$gt", after);
                page = mongo.getCollection(FigureKeys.COLLECTION)
                        .find(new Document("_id", bounds.append("$lte", range[1])))
                        .projection(Projections.exclude(GuardedCounts.COUNTING))
                        .sort(Sorts.ascending("_id"))
                        .limit(BATCH)
                        .batchSize(BATCH)
                        .into(new ArrayList<>(BATCH));
                page.forEach(action);
                after = page.isEmpty() ? null : page.getLast().getString("_id");
            } while (page.size() == BATCH);
        }
    }

    /**
     * The {@code _id} ranges ({@code [lowest, highest]}) that cover the days exactly: runs of whole
     * years, then of whole months, then of single days.
     */
    static List<String[]> ranges(FigureKeys tier, LocalDate from, LocalDate to) {
        List<String[]> ranges = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            if (day.getDayOfYear() == 1 && !day.plusYears(1).minusDays(1).isAfter(to)) {
                int first = day.getYear();
                while (!day.plusYears(1).minusDays(1).isAfter(to)) {
                    day = day.plusYears(1);
                }
                ranges.add(range(tier.year(first), tier.year(day.getYear() - 1)));
            } else if (day.getDayOfMonth() == 1
                    && !day.plusMonths(1).minusDays(1).isAfter(to)) {
                YearMonth first = YearMonth.from(day);
                while (!day.plusMonths(1).minusDays(1).isAfter(to) && !wholeYearAhead(day, to)) {
                    day = day.plusMonths(1);
                }
                ranges.add(range(tier.month(first), tier.month(YearMonth.from(day.minusDays(1)))));
            } else {
                LocalDate first = day;
                while (!day.isAfter(to)
                        && !(day.getDayOfMonth() == 1
                                && !day.plusMonths(1).minusDays(1).isAfter(to))) {
                    day = day.plusDays(1);
                }
                ranges.add(range(tier.day(first), tier.day(day.minusDays(1))));
            }
        }
        return ranges;
    }

    private static boolean wholeYearAhead(LocalDate day, LocalDate to) {
        return day.getDayOfYear() == 1 && !day.plusYears(1).minusDays(1).isAfter(to);
    }

    private static String[] range(String first, String last) {
        return new String[] {first + "|", last + FigureKeys.END};
    }
}
