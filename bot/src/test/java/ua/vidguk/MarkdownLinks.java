package ua.vidguk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The link targets of a markdown text, as GitHub would follow them: inline links and images
 * ({@code [text](target "title")}), reference definitions ({@code [ref]: target}), and inline code
 * that names a path upwards ({@code `../file.md`}), which readers follow like a link. Fenced code
 * blocks and other inline code are examples, not links, and are skipped.
 */
final class MarkdownLinks {

    private static final Pattern FENCE = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(?s)(`+)(.+?)\\1");
    private static final Pattern INLINE =
            Pattern.compile("\\]\\(\\s*(?:<([^>]*)>|([^)\\s]*))(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private static final Pattern UPWARDS = Pattern.compile("\\.\\./\\S*");

    private MarkdownLinks() {}

    static List<String> targets(String markdown) {
        String text = FENCE.matcher(markdown).replaceAll("");
        List<String> targets = new ArrayList<>();
        var spans = CODE_SPAN.matcher(text);
        while (spans.find()) {
            String code = spans.group(2).strip();
            if (UPWARDS.matcher(code).matches()) {
                targets.add(code);
            }
        }
        // Inline code may hold brackets ("[{code, name}]") that are no link: blank it out first.
        text = CODE_SPAN.matcher(text).replaceAll("code");
        INLINE.matcher(text)
                .results()
                .forEach(link -> targets.add(link.group(1) != null ? link.group(1) : link.group(2)));
        DEFINITION.matcher(text).results().forEach(link -> targets.add(link.group(1)));
        return targets;
    }
}
