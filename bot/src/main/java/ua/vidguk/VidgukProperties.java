package ua.vidguk;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every feature may read: where local state lives and the public address of this
 * installation. Feature-specific settings live in each feature's own record.
 *
 * @param dataDir where the embedded database and the generated admin token are kept
 * @param publicBaseUrl the public https address, used in links and in webhook signature checks;
 *     unset on a machine that providers cannot reach
 */
@ConfigurationProperties("vidguk")
public record VidgukProperties(
        @DefaultValue("./data") Path dataDir, @Nullable URI publicBaseUrl) {}
