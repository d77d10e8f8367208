package ua.vidguk.figures;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import ua.vidguk.access.AccessScope;

/**
 * The figures of a centre's or a region's report over a period of Kyiv days. Scope is the
 * caller's to check: these are the figures of whatever entity is asked for.
 *
 * <p>A region's report reads only region documents (its own, the other regions' for its place
 * and the country's sum) and its own day documents: never the 2,700 centres. A centre's place in
 * its region comes from {@link Ratings}, which reads every centre's figures of the period (kept
 * for {@code vidguk.ratings.cache-for}).
 */
@Service
public class FigureReports {

    private final Ratings ratings;
    private final FigureReader reader;
    private final EntityFigures figures;
    private final RatingsProperties properties;

    FigureReports(Ratings ratings, FigureReader reader, EntityFigures figures, RatingsProperties properties) {
        this.ratings = ratings;
        this.reader = reader;
        this.figures = figures;
        this.properties = properties;
    }

    public ReportFigures centre(String code, String name, String region, String city, LocalDate from, LocalDate to) {
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = Ratings.previousFrom(from, to);
        Ratings.Page peers = ratings.rate(Level.CENTRE, region, from, to, AccessScope.NATIONAL);
        Rating ranked = peers.entities().stream()
                .filter(rating -> rating.id().equals(code))
                .findFirst()
                .orElse(null);
        Rating subject = Rating.of(
                Level.CENTRE,
                code,
                name,
                region,
                city,
                figures.over(FigureKeys.CENTRE, code, from, to),
                figures.over(FigureKeys.CENTRE, code, previousFrom, previousTo),
                ranked == null ? null : ranked.rank(),
                ranked == null ? null : ranked.previous().rank());
        Map<String, Tally> regions = reader.readRegions(from, to);
        Tally own = regions.getOrDefault(region, new Tally());
        return new ReportFigures(
                from,
                to,
                previousFrom,
                previousTo,
                properties.minSample(),
                subject,
                peers.ranked(),
                Headline.of(own),
                Headline.of(sum(regions)),
                figures.weeks(FigureKeys.CENTRE, code, from, to));
    }

    public ReportFigures region(String region, String name, LocalDate from, LocalDate to) {
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = Ratings.previousFrom(from, to);
        Map<String, Tally> now = reader.readRegions(from, to);
        Map<String, Tally> before = reader.readRegions(previousFrom, previousTo);
        Map<String, Integer> ranks = Ratings.rank(now, properties.minSample());
        Rating subject = Rating.of(
                Level.REGION,
                region,
                name,
                region,
                null,
                now.getOrDefault(region, new Tally()),
                before.get(region),
                ranks.get(region),
                Ratings.rank(before, properties.minSample()).get(region));
        return new ReportFigures(
                from,
                to,
                previousFrom,
                previousTo,
                properties.minSample(),
                subject,
                ranks.size(),
                null,
                Headline.of(sum(now)),
                figures.weeks(FigureKeys.REGION, region, from, to));
    }

    private static Tally sum(Map<String, Tally> regions) {
        Tally country = new Tally();
        regions.values().forEach(country::add);
        return country;
    }
}
