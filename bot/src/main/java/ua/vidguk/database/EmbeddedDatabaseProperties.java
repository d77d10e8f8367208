package ua.vidguk.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param writeThrough commit the embedded store after every write, before it is acknowledged;
 *     off, the store commits about once a second and a {@code kill -9} loses up to that much
 *     acknowledged work (see README: "Durability of the embedded database")
 * @param commitDelay how long a write-through commit waits for writes still being applied to join
 *     it, when there are any (fewer, larger commits: see GroupCommit); zero commits at once
 * @param cacheMegabytes how much of the store H2 keeps in memory; too little, and every lookup
 *     reads and decodes pages again (H2's own default is 16)
 */
@ConfigurationProperties("vidguk.embedded")
record EmbeddedDatabaseProperties(
        @DefaultValue("true") boolean writeThrough,
        @DefaultValue("1ms") Duration commitDelay,
        @DefaultValue("64") int cacheMegabytes) {

    static EmbeddedDatabaseProperties defaults() {
        return new EmbeddedDatabaseProperties(true, Duration.ofMillis(1), 64);
    }
}
