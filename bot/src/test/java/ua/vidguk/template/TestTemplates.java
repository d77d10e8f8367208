package ua.vidguk.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;

/** Template folders for tests, made the way a coordinator starts: by copying the packaged set. */
public final class TestTemplates {

    private TestTemplates() {}

    /** Copies the packaged templates into a folder and returns it. */
    public static Path copyPackaged(Path target) {
        try {
            Path packaged = new ClassPathResource("templates").getFile().toPath();
            try (Stream<Path> paths = Files.walk(packaged)) {
                for (Path source : paths.toList()) {
                    Path copy = target.resolve(packaged.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(source, copy);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes (or overwrites) one file under a templates folder. */
    public static void write(Path root, String path, String content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source reading from a folder, as {@code vidguk.templates-dir} would. */
    public static TemplateSource folder(Path root) {
        return new TemplateSource(new TemplateProperties(root));
    }

    /** The packaged templates. */
    public static TemplateSource packaged() {
        return new TemplateSource(new TemplateProperties(null));
    }
}
