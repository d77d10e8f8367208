package ua.vidguk.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a choice question's options, numbered by position so that an SMS reply is one digit. */
final class OptionParser {

    private static final int MOST = 9;

    private final TextParser texts;
    private final YamlMap.Report report;

    OptionParser(TextParser texts, YamlMap.Report report) {
        this.texts = texts;
        this.report = report;
    }

    List<Option> parse(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            report.at(node, "'options' must be a list ('- id: …' items)");
            return List.of();
        }
        if (sequence.getValue().size() < 2 || sequence.getValue().size() > MOST) {
            report.at(
                    node,
                    "a choice question needs 2 to " + MOST + " options, one digit each; it has "
                            + sequence.getValue().size());
        }
        List<Option> options = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        int number = 0;
        for (Node item : sequence.getValue()) {
            number++;
            Optional<YamlMap> map = YamlMap.of(item, "an option", report);
            if (map.isEmpty()) {
                continue;
            }
            map.get().allowOnly(Set.of("id", "text", "sms"), "an option");
            Optional<String> id = map.get().require("id", "an option").flatMap(n -> id(n, lines));
            Optional<LocalizedText> text =
                    map.get().require("text", "an option").flatMap(n -> texts.parse(n, "text"));
            LocalizedText sms =
                    map.get().get("sms").flatMap(n -> texts.parse(n, "sms")).orElse(null);
            if (id.isPresent() && text.isPresent()) {
                options.add(new Option(id.get(), number, text.get(), sms));
            }
        }
        return options;
    }

    private Optional<String> id(Node node, Map<String, Integer> lines) {
        return YamlMap.scalar(node, "option 'id'", report).filter(id -> {
            if (!Ids.valid(id)) {
                report.at(node, "option id '" + id + "' must be lower-case latin letters, digits and '-'");
                return false;
            }
            Integer first = lines.putIfAbsent(id, YamlMap.line(node));
            if (first != null) {
                report.at(node, "duplicate option id '" + id + "' (first at line " + first + ")");
                return false;
            }
            return true;
        });
    }
}
