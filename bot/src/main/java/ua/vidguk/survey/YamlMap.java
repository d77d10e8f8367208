package ua.vidguk.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import ua.vidguk.template.TemplateFile;
import ua.vidguk.template.TemplateProblems;

/**
 * A YAML mapping read for its values, reporting what is wrong with the line of the node at fault.
 * Works on SnakeYAML's composed node tree rather than constructed objects because only nodes keep
 * their line.
 */
final class YamlMap {

    private final MappingNode node;
    private final Report report;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(MappingNode node, Report report) {
        this.node = node;
        this.report = report;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                report.at(tuple.getKeyNode(), "a key must be a plain word");
            } else if (entries.containsKey(key)) {
                report.at(tuple.getKeyNode(), "duplicate key '" + key + "'");
            } else {
                entries.put(key, tuple);
            }
        }
    }

    /** The node as a mapping, or empty after reporting that it is not one. */
    static Optional<YamlMap> of(Node node, String what, Report report) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, report));
        }
        report.at(node, what + " must be a mapping of 'key: value' lines");
        return Optional.empty();
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    int line() {
        return line(node);
    }

    Set<String> keys() {
        return entries.keySet();
    }

    /** Reports each key not in the allowed set: in a file edited by hand, that is usually a typo. */
    void allowOnly(Set<String> allowed, String what) {
        entries.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                report.at(
                        tuple.getKeyNode(),
                        "unknown key '" + key + "' in " + what + " (expected one of " + new TreeSet<>(allowed) + ")");
            }
        });
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    Optional<Node> require(String key, String what) {
        Optional<Node> value = get(key);
        if (value.isEmpty()) {
            report.at(node, what + " needs '" + key + "'");
        }
        return value;
    }

    /** Reports the key's node as being where it should not be. */
    void misplaced(String key, String reason) {
        report.at(entries.get(key).getKeyNode(), reason);
    }

    Optional<String> string(String key) {
        return get(key).flatMap(value -> scalar(value, "'" + key + "'", report));
    }

    static Optional<String> scalar(Node node, String what, Report report) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().strip());
        }
        report.at(node, what + " must be a single, non-empty value");
        return Optional.empty();
    }

    /** A single node or a list of them, so that one condition need not be written as a list. */
    static List<Node> oneOrMany(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
    }

    /** Where problems of one file go. */
    record Report(TemplateFile file, TemplateProblems problems) {

        void at(Node node, String reason) {
            problems.add(file, line(node), reason);
        }

        void at(int line, String reason) {
            problems.add(file, line, reason);
        }
    }
}
