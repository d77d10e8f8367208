package ua.vidguk.message;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.MustacheParseException;
import com.samskivert.mustache.Template;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ua.vidguk.template.TemplateFile;
import ua.vidguk.template.TemplateProblems;

/**
 * Compiles one message file and proves it usable: every name it uses is declared for its message, and
 * it renders with the sample values. Names are checked by walking the template as well as by
 * rendering, because a section whose sample is true hides typos in its inverted twin.
 */
final class TemplateCheck {

    private static final Pattern PARSE_LINE = Pattern.compile("\\s*@ line (\\d+)\\s*$");
    private static final Set<String> BUILT_IN = Set.of(".", "this", "-first", "-last", "-index");

    private final Mustache.Compiler compiler;
    private final TemplateProblems problems;

    TemplateCheck(Mustache.Compiler compiler, TemplateProblems problems) {
        this.compiler = compiler;
        this.problems = problems;
    }

    Optional<Template> compile(TemplateFile file, MessageName name) {
        Template template;
        try {
            template = compiler.compile(file.content());
        } catch (MustacheParseException e) {
            Matcher line = PARSE_LINE.matcher(String.valueOf(e.getMessage()));
            boolean found = line.find();
            String reason = found ? e.getMessage().substring(0, line.start()) : e.getMessage();
            problems.add(file, found ? Integer.parseInt(line.group(1)) : 0, "Mustache syntax: " + reason);
            return Optional.empty();
        }
        int before = problems.size();
        for (String used : usedNames(template)) {
            if (used.startsWith(">")) {
                problems.add(file, lineOf(file.content(), used), "partials ({{>…}}) are not supported");
                continue;
            }
            String root = used.contains(".") && !used.equals(".") ? used.substring(0, used.indexOf('.')) : used;
            if (!BUILT_IN.contains(root) && !name.variables().contains(root)) {
                problems.add(
                        file,
                        lineOf(file.content(), used),
                        "unknown variable '" + used + "' (" + name.key() + " may use "
                                + String.join(", ", new TreeSet<>(name.variables())) + ")");
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        try {
            template.execute(name.sample());
        } catch (MustacheException.Context e) {
            problems.add(file, e.lineNo, "'" + e.key + "' cannot be resolved here");
            return Optional.empty();
        } catch (MustacheException | UnsupportedOperationException e) {
            problems.add(file, 0, "does not render: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(template);
    }

    private static Set<String> usedNames(Template template) {
        Set<String> names = new LinkedHashSet<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {}

            @Override
            public void visitVariable(String variable) {
                names.add(variable);
            }

            @Override
            public boolean visitInclude(String include) {
                names.add(">" + include);
                return false;
            }

            @Override
            public boolean visitSection(String section) {
                names.add(section);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String section) {
                names.add(section);
                return true;
            }
        });
        return names;
    }

    /** The first line using a name; Mustache's visitor gives names without lines. */
    private static int lineOf(String content, String name) {
        Pattern tag = Pattern.compile("\\{\\{[#^/&{>]?\\s*" + Pattern.quote(name.replaceFirst("^>", "")) + "\\s*}");
        Matcher matcher = tag.matcher(content);
        if (!matcher.find()) {
            return 0;
        }
        return (int) content.substring(0, matcher.start())
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }
}
