package ua.vidguk;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checkout's root, found from wherever the tests run: Maven runs them in {@code bot/}, an IDE
 * may run them in the root itself. The root is the first directory upwards that holds the Maven
 * wrapper, the README and the {@code bot} module.
 */
final class RepositoryRoot {

    private RepositoryRoot() {}

    static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))
                    && Files.isRegularFile(dir.resolve("README.md"))
                    && Files.isDirectory(dir.resolve("bot"))) {
                return dir.normalize();
            }
        }
        throw new IllegalStateException("No checkout root (mvnw, README.md and bot/) above "
                + Path.of("").toAbsolutePath());
    }
}
