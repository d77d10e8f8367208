package ua.vidguk.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads template files from {@code vidguk.templates-dir} when it is set, otherwise from the packaged
 * {@code classpath:templates/}. Never both: a folder replaces the packaged set as a whole, so what a
 * coordinator sees in the folder is exactly what runs.
 */
@Component
public class TemplateSource {

    private static final String PACKAGED = "classpath:templates/";

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final String root;
    private final String displayRoot;

    public TemplateSource(TemplateProperties properties) {
        Path dir = properties.templatesDir();
        if (dir == null) {
            this.root = PACKAGED;
            this.displayRoot = "templates/";
        } else {
            Path absolute = dir.toAbsolutePath().normalize();
            if (!Files.isDirectory(absolute)) {
                TemplateProblems problems = new TemplateProblems();
                problems.add(absolute.toString(), 0, "vidguk.templates-dir names no folder");
                problems.throwIfAny("The templates");
            }
            this.root = absolute.toUri().toString();
            this.displayRoot = absolute + "/";
        }
    }

    /** Where the templates come from, for logs and problem reports. */
    public String location() {
        return displayRoot;
    }

    /**
     * Every file under a folder of the templates, at any depth, sorted by path; hidden files are left
     * out.
     *
     * @param folder a folder inside the templates, e.g. {@code surveys}
     */
    public List<TemplateFile> files(String folder) {
        try {
            String base = resolver.getResource(root).getURL().toString();
            List<TemplateFile> files = new ArrayList<>();
            for (Resource resource : resolver.getResources(root + folder + "/**/*")) {
                String url = resource.getURL().toString();
                if (!resource.isReadable() || !url.startsWith(base) || url.endsWith("/")) {
                    continue;
                }
                String path =
                        URLDecoder.decode(url.substring(base.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
                if (path.startsWith("/")) {
                    path = path.substring(1);
                }
                if (path.contains("/.")) {
                    continue;
                }
                String content = resource.getContentAsString(StandardCharsets.UTF_8);
                files.add(new TemplateFile(path, displayRoot + path, content));
            }
            files.sort(Comparator.comparing(TemplateFile::path));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read templates from " + displayRoot, e);
        }
    }
}
