package ua.vidguk.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheFor how long the public directory's list of centres, once read, answers on this
 *     instance before it is read again in the background: centres change a few times a year, and
 *     reading them all on every visitor's search is waste; {@code 0} reads every time
 */
@ConfigurationProperties("vidguk.directory")
record DirectoryProperties(@DefaultValue("1m") Duration cacheFor) {

    DirectoryProperties {
        if (cacheFor.isNegative()) {
            throw new IllegalArgumentException("vidguk.directory.cache-for must not be negative, not " + cacheFor);
        }
    }
}
