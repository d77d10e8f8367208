package ua.vidguk.template;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where templates come from.
 *
 * @param templatesDir a folder holding {@code surveys/} and {@code messages/}; when set, it replaces the
 *     packaged {@code templates/} as a whole (no file-by-file merge), so start from a copy of the
 *     packaged folder. Unset (the default): the packaged templates are used.
 */
@ConfigurationProperties("vidguk")
public record TemplateProperties(Path templatesDir) {}
