package ua.vidguk.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ua.vidguk.VidgukProperties;

/**
 * The national coordinator's token. There is never a fixed default: a configured token wins,
 * otherwise a random one is generated on first start and kept in the data directory, so that
 * restarts keep it. Only its location is logged, never the token.
 */
@Component
class AdminToken {

    private static final Logger log = LoggerFactory.getLogger(AdminToken.class);
    static final String FILE_NAME = "admin-token";
    private static final int MIN_LENGTH = 16;

    private final byte[] token;

    AdminToken(AccessProperties access, VidgukProperties vidguk) {
        String configured = access.adminToken();
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < MIN_LENGTH) {
                throw new IllegalStateException(
                        "vidguk.admin-token is too short: use at least " + MIN_LENGTH + " characters");
            }
            log.info("Coordinator API: admin token taken from vidguk.admin-token");
            this.token = bytes(configured.strip());
        } else {
            this.token = bytes(keptIn(vidguk.dataDir().resolve(FILE_NAME)));
        }
    }

    /** Compares in constant time, so response timing tells nothing about the token. */
    boolean matches(String presented) {
        return MessageDigest.isEqual(token, bytes(presented));
    }

    private static String keptIn(Path file) {
        try {
            if (Files.exists(file)) {
                log.info(
                        "Coordinator API: admin token is in {}",
                        file.toAbsolutePath().normalize());
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            String generated = generate();
            Files.writeString(file, generated + "\n");
            ownerOnly(file);
            log.info(
                    "Coordinator API: generated an admin token, kept in {}",
                    file.toAbsolutePath().normalize());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the admin token in " + file.toAbsolutePath(), e);
        }
    }

    private static String generate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
