package ua.vidguk.survey;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import ua.vidguk.template.TemplateFile;
import ua.vidguk.template.TemplateProblems;

/** Reads one survey file into a {@link Survey}, reporting every problem it finds with its line. */
final class SurveyParser {

    private static final Set<String> KEYS = Set.of("title", "locales", "questions");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}");

    private final TemplateFile file;
    private final YamlMap.Report report;

    SurveyParser(TemplateFile file, TemplateProblems problems) {
        this.file = file;
        this.report = new YamlMap.Report(file, problems);
    }

    /** The survey, or empty when the file has problems (all of them reported). */
    Optional<Survey> parse() {
        int before = report.problems().size();
        Optional<Node> root = compose();
        Optional<YamlMap> map = root.flatMap(node -> YamlMap.of(node, "a survey file", report));
        if (map.isEmpty()) {
            return Optional.empty();
        }
        String id = file.baseName();
        if (!Ids.valid(id)) {
            report.at(0, "a survey's file name is its id: lower-case latin letters, digits and '-', then .yaml");
        }
        map.get().allowOnly(KEYS, "a survey");
        List<String> locales =
                map.get().require("locales", "a survey").map(this::locales).orElse(List.of("uk"));
        TextParser texts = new TextParser(locales, report);
        Optional<LocalizedText> title = map.get().require("title", "a survey").flatMap(n -> texts.parse(n, "title"));
        List<Question> questions = map.get()
                .require("questions", "a survey")
                .map(n -> questions(n, locales))
                .orElse(List.of());
        if (report.problems().size() > before || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Survey(id, title.get(), locales, questions));
    }

    private Optional<Node> compose() {
        try {
            Node node = new Yaml(new LoaderOptions()).compose(new StringReader(file.content()));
            if (node == null) {
                report.at(0, "the file is empty");
            }
            return Optional.ofNullable(node);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String reason = e.getContext() != null ? e.getProblem() + " (" + e.getContext() + ")" : e.getProblem();
            report.at(mark == null ? 0 : mark.getLine() + 1, "YAML syntax: " + reason + hint(e));
        } catch (YAMLException e) {
            report.at(0, "YAML syntax: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** SnakeYAML ends an unquoted text inside {…} at ?, : or a comma: the likeliest slip in a survey. */
    private static String hint(MarkedYAMLException e) {
        String context = String.valueOf(e.getContext());
        return context.contains("flow")
                ? "; inside {…} put texts with ? : or , in quotes, or write one locale per line"
                : "";
    }

    private List<String> locales(Node node) {
        List<String> locales = new ArrayList<>();
        for (Node item : YamlMap.oneOrMany(node)) {
            YamlMap.scalar(item, "a locale", report).ifPresent(locale -> {
                if (!LOCALE.matcher(locale).matches()) {
                    report.at(item, "locale '" + locale + "' must be a language code such as uk or en");
                } else if (locales.contains(locale)) {
                    report.at(item, "locale '" + locale + "' is listed twice");
                } else {
                    locales.add(locale);
                }
            });
        }
        if (!locales.contains(LocalizedText.UKRAINIAN)) {
            report.at(node, "locales must include uk: every text is written in Ukrainian first");
            locales.addFirst(LocalizedText.UKRAINIAN);
        }
        return locales;
    }

    private List<Question> questions(Node node, List<String> locales) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            report.at(node, "'questions' must be a non-empty list ('- id: …' items)");
            return List.of();
        }
        Map<YamlMap, String> ids = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Node item : sequence.getValue()) {
            YamlMap.of(item, "a question", report)
                    .ifPresent(map -> map.require("id", "a question")
                            .flatMap(n ->
                                    YamlMap.scalar(n, "question 'id'", report).filter(id -> uniqueId(n, id, lines)))
                            .ifPresent(id -> ids.put(map, id)));
        }
        List<String> order = List.copyOf(lines.keySet());
        QuestionParser parser = new QuestionParser(locales, report);
        Map<String, Question> earlier = new LinkedHashMap<>();
        Map<QuestionRole, Integer> roles = new EnumMap<>(QuestionRole.class);
        ids.forEach((map, id) -> parser.parse(map, id, earlier, order).ifPresent(question -> {
            earlier.put(id, question);
            if (question.role() != null) {
                Integer first = roles.putIfAbsent(question.role(), map.line());
                if (first != null) {
                    report.at(
                            map.line(),
                            "role " + question.role().key() + " is already on the question at line " + first);
                }
            }
        }));
        return List.copyOf(earlier.values());
    }

    private boolean uniqueId(Node node, String id, Map<String, Integer> lines) {
        if (!Ids.valid(id)) {
            report.at(node, "question id '" + id + "' must be lower-case latin letters, digits and '-'");
            return false;
        }
        Integer first = lines.putIfAbsent(id, YamlMap.line(node));
        if (first != null) {
            report.at(node, "duplicate question id '" + id + "' (first at line " + first + ")");
            return false;
        }
        return true;
    }
}
