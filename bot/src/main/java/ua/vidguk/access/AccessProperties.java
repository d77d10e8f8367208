package ua.vidguk.access;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminToken the national (level 3) coordinator's bearer token; when unset, one is
 *     generated once and kept in the data directory
 */
@ConfigurationProperties("vidguk")
record AccessProperties(@Nullable String adminToken) {}
