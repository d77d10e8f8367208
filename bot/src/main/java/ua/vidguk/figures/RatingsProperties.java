package ua.vidguk.figures;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minSample an entity with fewer responses in the period is shown but not ranked: a handful
 *     of answers says little about a centre
 */
@ConfigurationProperties("vidguk.ratings")
record RatingsProperties(@DefaultValue("30") int minSample) {

    RatingsProperties {
        if (minSample < 1) {
            throw new IllegalArgumentException("vidguk.ratings.min-sample must be at least 1, not " + minSample);
        }
    }
}
