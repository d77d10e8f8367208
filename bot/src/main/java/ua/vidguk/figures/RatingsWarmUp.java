package ua.vidguk.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.access.AccessScope;

/**
 * Reads the periods people open first, once the application is ready, in the background: this
 * month (the dashboard's default), last month (the public page's), this year, and each with the
 * period before it (for the change in rank). The first ask of a period on an instance otherwise
 * waits for the database: 0.4–1.2 s for a year of 2,700 centres on the embedded store
 * (docs/benchmarks.md). Nothing to warm when the ratings are not kept ({@code cache-for} 0).
 */
@Component
class RatingsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RatingsWarmUp.class);

    private final Ratings ratings;
    private final Clock clock;
    private final RatingsProperties properties;

    RatingsWarmUp(Ratings ratings, Clock clock, RatingsProperties properties) {
        this.ratings = ratings;
        this.clock = clock;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (!properties.cacheFor().isZero()) {
            Thread.ofVirtual().name("ratings-warm-up").start(this::warm);
        }
    }

    void warm() {
        YearMonth month = YearMonth.from(LocalDate.ofInstant(clock.instant(), Period.ZONE));
        for (Period period : periods(month)) {
            try {
                for (Level level : List.of(Level.CENTRE, Level.REGION)) {
                    ratings.rate(level, null, period.from(), period.to(), AccessScope.NATIONAL);
                }
            } catch (RuntimeException e) {
                // Only a head start: the first ask reads the period itself.
                log.warn("Could not read the ratings of {} ahead", period.key(), e);
            }
        }
    }

    static List<Period> periods(YearMonth month) {
        return List.of(Period.month(month), Period.month(month.minusMonths(1)), Period.year(month.getYear()));
    }
}
