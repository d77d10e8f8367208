package ua.vidguk.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    static final int MIN_LENGTH = 16;

    private final byte[] token;

    AdminToken(AccessProperties access, VidgukProperties vidguk) {
        String configured = access.adminToken();
        if (configured != null && !configured.isBlank()) {
            log.info("Coordinator API: admin token taken from vidguk.admin-token");
            this.token = bytes(checked(configured.strip(), "vidguk.admin-token"));
        } else {
            Path file = vidguk.dataDir().resolve(FILE_NAME);
            this.token = bytes(checked(keptIn(file), file.toAbsolutePath().toString()));
        }
    }

    /** Compares in constant time, so response timing tells nothing about the token. */
    boolean matches(String presented) {
        return MessageDigest.isEqual(token, bytes(presented));
    }

    // An empty or short token would let "Bearer " or a guess through: refuse to start instead.
    private static String checked(String token, String source) {
        if (token.length() < MIN_LENGTH) {
            throw new IllegalStateException("The admin token in " + source + " is too short: use at least " + MIN_LENGTH
                    + " characters, or delete the file to have a new one generated");
        }
        return token;
    }

    private static String keptIn(Path file) {
        try {
            if (Files.exists(file)) {
                log.info(
                        "Coordinator API: admin token is in {}",
                        file.toAbsolutePath().normalize());
                return Files.readString(file).strip();
            }
            String generated = generate();
            writeOwnerOnly(file, generated);
            log.info(
                    "Coordinator API: generated an admin token, kept in {}",
                    file.toAbsolutePath().normalize());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the admin token in " + file.toAbsolutePath(), e);
        }
    }

    // Written beside the target and moved into place, so the file is never seen half-written
    // and is never readable by others, not even for a moment.
    private static void writeOwnerOnly(Path file, String token) throws IOException {
        Path dir = Files.createDirectories(file.toAbsolutePath().getParent());
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path temporary = posix
                ? Files.createTempFile(
                        dir,
                        FILE_NAME,
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, FILE_NAME, ".tmp");
        Files.writeString(temporary, token + "\n");
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String generate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
