package ua.vidguk.survey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code when} and {@code negative-when}: one condition or a list of them, each checked against
 * the type of the question it tests so that a rule which could never match fails at start-up.
 */
final class ConditionParser {

    private static final Set<String> KEYS = Set.of("question", "at-least", "at-most", "is");

    private final YamlMap.Report report;

    ConditionParser(YamlMap.Report report) {
        this.report = report;
    }

    /**
     * @param resolve finds the tested question by id, or reports why it cannot be tested here; empty
     *     also when the question exists but failed to load, which was reported already
     * @param defaultQuestion the question tested when a condition names none, or {@code null} when
     *     {@code question} is required
     */
    List<Condition> parse(
            Node node, String what, Function<Node, Optional<Question>> resolve, Question defaultQuestion) {
        List<Condition> conditions = new ArrayList<>();
        for (Node item : YamlMap.oneOrMany(node)) {
            YamlMap.of(item, "a condition in " + what, report)
                    .flatMap(map -> parseOne(map, what, resolve, defaultQuestion))
                    .ifPresent(conditions::add);
        }
        return conditions;
    }

    private Optional<Condition> parseOne(
            YamlMap map, String what, Function<Node, Optional<Question>> resolve, Question defaultQuestion) {
        map.allowOnly(defaultQuestion == null ? KEYS : Set.of("at-least", "at-most", "is"), "a condition in " + what);
        Optional<Question> target;
        if (defaultQuestion == null) {
            target = map.require("question", "a condition in " + what).flatMap(resolve);
        } else {
            target = Optional.of(defaultQuestion);
        }
        Integer atLeast =
                map.get("at-least").flatMap(n -> rating(n, "at-least")).orElse(null);
        Integer atMost = map.get("at-most").flatMap(n -> rating(n, "at-most")).orElse(null);
        Set<String> is = map.get("is").map(this::values).orElse(Set.of());
        if (!map.keys().contains("at-least")
                && !map.keys().contains("at-most")
                && !map.keys().contains("is")) {
            report.at(map.line(), "a condition in " + what + " needs 'at-least', 'at-most' or 'is'");
            return Optional.empty();
        }
        if (atLeast != null && atMost != null && atLeast > atMost) {
            report.at(map.line(), "at-least " + atLeast + " and at-most " + atMost + " match no rating");
        }
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Condition condition = new Condition(target.get().id(), atLeast, atMost, is);
        return new ConditionFit(map, target.get(), report).check(condition) ? Optional.of(condition) : Optional.empty();
    }

    private Optional<Integer> rating(Node node, String key) {
        return YamlMap.scalar(node, "'" + key + "'", report).flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                report.at(node, "'" + key + "' must be a whole number, not '" + value + "'");
                return Optional.empty();
            }
        });
    }

    private Set<String> values(Node node) {
        Set<String> values = new LinkedHashSet<>();
        for (Node item : YamlMap.oneOrMany(node)) {
            YamlMap.scalar(item, "'is'", report).ifPresent(values::add);
        }
        return values;
    }
}
