package ua.vidguk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the README and in {@code docs/} leads to a file of this repository, so a
 * moved or renamed document shows up here rather than as a dead link on GitHub, and no document
 * sends the reader to a file that only exists on its author's machine.
 */
class DocumentationLinksTests {

    private final Path root = RepositoryRoot.find();

    @Test
    void everyRelativeLinkInTheDocumentationLeadsToAFileOfTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            for (String target : MarkdownLinks.targets(Files.readString(document))) {
                problem(document, target).ifPresent(broken::add);
            }
        }

        assertThat(broken)
                .as("links that lead nowhere or out of the repository")
                .isEmpty();
    }

    @Test
    void theReadmeAndTheDocsFolderAreChecked() throws IOException {
        assertThat(documents()).contains(root.resolve("README.md"), root.resolve("docs/console.md"));
    }

    private List<Path> documents() throws IOException {
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            return Stream.concat(
                            Stream.of(root.resolve("README.md")),
                            docs.filter(path -> path.toString().endsWith(".md")).sorted())
                    .toList();
        }
    }

    private Optional<String> problem(Path document, String target) {
        String where = root.relativize(document) + ": " + target;
        if (target.isEmpty() || target.startsWith("#") || target.matches("(?i)(https?|mailto):.*")) {
            return Optional.empty();
        }
        String path = URLDecoder.decode(target.replaceFirst("#.*", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        // GitHub resolves "/x" against the repository's root, everything else against the document.
        Path resolved = (path.startsWith("/")
                        ? root.resolve(path.substring(1))
                        : document.getParent().resolve(path))
                .normalize();
        if (!resolved.startsWith(root)) {
            return Optional.of(where + " (outside the repository)");
        }
        // A folder is a target too: GitHub shows its listing.
        if (!Files.exists(resolved)) {
            return Optional.of(where + " (no such file)");
        }
        return Optional.empty();
    }
}
