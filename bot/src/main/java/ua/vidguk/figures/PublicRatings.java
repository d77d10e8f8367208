package ua.vidguk.figures;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import ua.vidguk.access.AccessScope;

/**
 * The ratings anyone may read: regions, and a region's cities and centres, with their responses,
 * satisfaction and rank, only where the sample is at least {@code vidguk.ratings.min-sample}.
 * Nothing else of a {@link Rating} leaves here: no negative counts, problems, channels or
 * per-question figures, and never anything a visitor wrote (the figures hold none).
 */
@Service
public class PublicRatings {

    private final Ratings ratings;

    PublicRatings(Ratings ratings) {
        this.ratings = ratings;
    }

    /**
     * One region's, city's or centre's public figures.
     *
     * @param id the region's code, {@code <region>/<city>}, or the centre's code
     * @param satisfaction the share of 4 and 5 on the overall question (0.93)
     * @param rank 1 for the most satisfied among its published peers (the same level, in the same
     *     region for cities and centres)
     */
    public record Entry(
            String id,
            String name,
            @Nullable String region,
            @Nullable String city,
            long responses,
            double satisfaction,
            int rank) {}

    /**
     * @param region the region whose cities and centres are listed; null for the list of regions
     * @param regions the published regions (when no region is asked for)
     * @param cities the region's published cities
     * @param centres the region's published centres
     */
    public record View(
            String period,
            LocalDate from,
            LocalDate to,
            int minSample,
            @Nullable String region,
            List<Entry> regions,
            List<Entry> cities,
            List<Entry> centres) {}

    /** The regions of the country. */
    public View regions(Period period) {
        Ratings.Page page = rate(Level.REGION, null, period);
        return new View(
                period.key(),
                period.from(),
                period.to(),
                page.minSample(),
                null,
                published(page),
                List.of(),
                List.of());
    }

    /** One region's cities and centres, each ranked among the region's. */
    public View region(Period period, String region) {
        Ratings.Page cities = rate(Level.CITY, region, period);
        Ratings.Page centres = rate(Level.CENTRE, region, period);
        return new View(
                period.key(),
                period.from(),
                period.to(),
                cities.minSample(),
                region,
                List.of(),
                published(cities),
                published(centres));
    }

    private Ratings.Page rate(Level level, @Nullable String region, Period period) {
        return ratings.rate(level, region, period.from(), period.to(), AccessScope.NATIONAL);
    }

    /** A rank means enough responses and a satisfaction: the small samples stay unpublished. */
    private static List<Entry> published(Ratings.Page page) {
        return page.entities().stream()
                .filter(rating -> rating.rank() != null && rating.satisfaction() != null)
                .map(rating -> new Entry(
                        rating.id(),
                        rating.name(),
                        rating.region(),
                        rating.city(),
                        rating.responses(),
                        rating.satisfaction(),
                        rating.rank()))
                .toList();
    }
}
