package ua.vidguk.figures;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minSample an entity with fewer responses in the period is shown but not ranked: a handful
 *     of answers says little about a centre
 * @param cacheFor how long the centres' figures of a period, once read, answer further ratings of
 *     that period: reading 2,700 centres' year takes the embedded database far longer than ranking
 *     them, and a ranking a minute behind the last answer is as good as a current one; {@code 0}
 *     reads every time
 */
@ConfigurationProperties("vidguk.ratings")
record RatingsProperties(
        @DefaultValue("30") int minSample,
        @DefaultValue("1m") Duration cacheFor) {

    RatingsProperties {
        if (minSample < 1) {
            throw new IllegalArgumentException("vidguk.ratings.min-sample must be at least 1, not " + minSample);
        }
        if (cacheFor.isNegative()) {
            throw new IllegalArgumentException("vidguk.ratings.cache-for must not be negative, not " + cacheFor);
        }
    }
}
