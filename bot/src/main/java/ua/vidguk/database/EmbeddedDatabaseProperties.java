package ua.vidguk.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param writeThrough commit the embedded store after every write, before it is acknowledged;
 *     off, the store commits about once a second and a {@code kill -9} loses up to that much
 *     acknowledged work (see README: "Durability of the embedded database")
 */
@ConfigurationProperties("vidguk.embedded")
record EmbeddedDatabaseProperties(@DefaultValue("true") boolean writeThrough) {}
