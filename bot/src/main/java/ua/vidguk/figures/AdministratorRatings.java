package ua.vidguk.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ua.vidguk.access.AccessScope;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;

/**
 * Ratings per administrator of one centre, for that centre's own head: a caller whose scope names
 * the centre ({@code cnaps:…}). A region's or the country's caller, whatever its role, does not
 * get them: how each staff member is rated is the centre's own business, and it is never public.
 */
@Service
public class AdministratorRatings {

    /** Whether a caller may read a centre's administrators. */
    public enum Access {
        GRANTED,
        /** A region's or the country's scope: this is for the centre's own head (403). */
        NOT_THE_CENTRES_HEAD,
        /** A centres scope without this centre, or no such centre (404). */
        NOT_FOUND
    }

    /**
     * @param ranked how many administrators had enough responses to be ranked
     * @param administrators the ranked ones first, by rank; then the others by name
     */
    public record Page(
            String centre,
            String name,
            YearMonth from,
            YearMonth to,
            int minSample,
            int ranked,
            List<AdministratorRating> administrators) {}

    private final AdministratorFigures figures;
    private final CnapRegistry cnaps;
    private final RatingsProperties properties;

    AdministratorRatings(AdministratorFigures figures, CnapRegistry cnaps, RatingsProperties properties) {
        this.figures = figures;
        this.cnaps = cnaps;
        this.properties = properties;
    }

    public Access access(AccessScope scope, String centre) {
        if (scope.level() != AccessScope.Level.CNAPS) {
            return Access.NOT_THE_CENTRES_HEAD;
        }
        return scope.codes().contains(centre) && cnaps.find(centre).isPresent() ? Access.GRANTED : Access.NOT_FOUND;
    }

    /** @return empty unless {@link #access} grants the centre to the scope */
    public Optional<Page> rate(AccessScope scope, String centre, YearMonth from, YearMonth to) {
        if (access(scope, centre) != Access.GRANTED) {
            return Optional.empty();
        }
        var read = figures.read(centre, from, to);
        Map<String, Integer> ranks = rank(read.values());
        List<AdministratorRating> shown = new ArrayList<>();
        read.values()
                .forEach(administrator ->
                        shown.add(AdministratorRating.of(administrator, ranks.get(administrator.key()))));
        shown.sort(Comparator.comparing(
                        (AdministratorRating rating) -> rating.rank() == null ? Integer.MAX_VALUE : rating.rank())
                .thenComparing(AdministratorRating::name));
        String name = cnaps.find(centre).map(Cnap::name).orElse(centre);
        return Optional.of(new Page(centre, name, from, to, properties.minSample(), ranks.size(), shown));
    }

    /** Competition ranking by satisfaction, as the centres' ratings: equal satisfaction, equal place. */
    private Map<String, Integer> rank(Iterable<AdministratorFigures.Administrator> administrators) {
        List<Map.Entry<String, Double>> order = new ArrayList<>();
        for (var administrator : administrators) {
            Double satisfaction = Rating.satisfaction(administrator.tally());
            if (administrator.tally().responses >= properties.minSample() && satisfaction != null) {
                order.add(Map.entry(administrator.key(), satisfaction));
            }
        }
        order.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        Map<String, Integer> ranks = new HashMap<>();
        for (int place = 0; place < order.size(); place++) {
            boolean tied = place > 0
                    && order.get(place).getValue().equals(order.get(place - 1).getValue());
            ranks.put(
                    order.get(place).getKey(),
                    tied ? ranks.get(order.get(place - 1).getKey()) : place + 1);
        }
        return ranks;
    }
}
