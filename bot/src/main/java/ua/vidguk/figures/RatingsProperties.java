package ua.vidguk.figures;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minSample an entity with fewer responses in the period is shown but not ranked: a handful
 *     of answers says little about a centre
 * @param cacheFor how long a period's figures, once read, answer the ratings of that period before
 *     they are read again in the background (the answer meanwhile is the one read before; a period
 *     nobody asks for in an hour is forgotten): reading 2,700 centres' year takes the embedded
 *     database far longer than ranking them, and a ranking a minute behind the last answer is as
 *     good as a current one; {@code 0} reads every time
 * @param rememberCounted how long the figures remember which conversations they counted: an end
 *     published again later than that (some other listener failing on it for weeks) would be
 *     counted again; the list is one small document per response, removed by a daily job
 * @param keepAdministrators how long an administrator's monthly and yearly figures (which carry
 *     the administrator's name, a staff member's personal data) are kept: two years let a head
 *     compare a year with the one before; a month is removed once it started this long ago, a year
 *     once it ended before the year this long ago
 */
@ConfigurationProperties("vidguk.ratings")
record RatingsProperties(
        @DefaultValue("30") int minSample,
        @DefaultValue("1m") Duration cacheFor,
        @DefaultValue("35d") Duration rememberCounted,
        @DefaultValue("730d") Duration keepAdministrators) {

    RatingsProperties {
        if (minSample < 1) {
            throw new IllegalArgumentException("vidguk.ratings.min-sample must be at least 1, not " + minSample);
        }
        if (cacheFor.isNegative()) {
            throw new IllegalArgumentException("vidguk.ratings.cache-for must not be negative, not " + cacheFor);
        }
        if (keepAdministrators.toDays() < 31) {
            throw new IllegalArgumentException(
                    "vidguk.ratings.keep-administrators must be at least a month, not " + keepAdministrators);
        }
        if (rememberCounted.toDays() < 1) {
            throw new IllegalArgumentException(
                    "vidguk.ratings.remember-counted must be at least a day, not " + rememberCounted);
        }
    }
}
