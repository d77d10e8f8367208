package ua.vidguk.survey;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one question; {@code when} may only test questions asked before it. */
final class QuestionParser {

    private static final Set<String> COMMON = Set.of("id", "type", "text", "sms", "when", "negative-when", "role");
    private static final Map<QuestionType, Set<String>> OWN = Map.of(
            QuestionType.SCALE, Set.of("low", "high"),
            QuestionType.CHOICE, Set.of("options"),
            QuestionType.YES_NO, Set.of(),
            QuestionType.TEXT, Set.of("max-length", "skippable"));
    private static final int DEFAULT_MAX_LENGTH = 1000;
    private static final int LONGEST_MAX_LENGTH = 4000;

    private final YamlMap.Report report;
    private final TextParser texts;
    private final ConditionParser conditions;
    private final OptionParser options;

    QuestionParser(List<String> locales, YamlMap.Report report) {
        this.report = report;
        this.texts = new TextParser(locales, report);
        this.conditions = new ConditionParser(report);
        this.options = new OptionParser(texts, report);
    }

    /**
     * @param earlier the questions before this one that loaded, by id
     * @param order every question id in file order, to tell a later question from an unknown one
     */
    Optional<Question> parse(YamlMap map, String id, Map<String, Question> earlier, List<String> order) {
        Optional<QuestionType> type = map.require("type", "question '" + id + "'")
                .flatMap(node -> YamlMap.scalar(node, "'type'", report).flatMap(key -> {
                    Optional<QuestionType> known = QuestionType.fromKey(key);
                    if (known.isEmpty()) {
                        report.at(node, "unknown question type '" + key + "' (expected scale, choice, yes-no or text)");
                    }
                    return known;
                }));
        String what = "question '" + id + "'";
        if (type.isEmpty()) {
            map.require("text", what).ifPresent(node -> texts.parse(node, "text"));
            return Optional.empty();
        }
        Set<String> allowed = new HashSet<>(COMMON);
        OWN.values().forEach(allowed::addAll);
        map.allowOnly(allowed, what);
        for (String key : map.keys()) {
            OWN.forEach((other, keys) -> {
                if (keys.contains(key) && !OWN.get(type.get()).contains(key)) {
                    map.misplaced(
                            key,
                            "'" + key + "' applies to " + other.key() + " questions; " + what + " is "
                                    + type.get().key());
                }
            });
        }
        int before = report.problems().size();

        LocalizedText text =
                map.require("text", what).flatMap(n -> texts.parse(n, "text")).orElse(null);
        LocalizedText sms = map.get("sms").flatMap(n -> texts.parse(n, "sms")).orElse(null);
        if (sms != null) {
            texts.checkSmsLength(sms, map.get("sms").orElseThrow(), "sms", "");
        } else if (text != null) {
            texts.checkSmsLength(text, map.get("text").orElseThrow(), "text", ": add a shorter 'sms' wording");
        }
        Scale scale = type.get() == QuestionType.SCALE ? scale(map, what) : null;
        List<Option> choices = type.get() == QuestionType.CHOICE
                ? map.require("options", what).map(options::parse).orElse(List.of())
                : List.of();
        FreeText freeText = type.get() == QuestionType.TEXT ? freeText(map) : null;
        QuestionRole role =
                map.get("role").flatMap(node -> role(node, type.get())).orElse(null);

        List<Condition> when = map.get("when")
                .map(node -> conditions.parse(node, "'when'", ref -> earlier(ref, id, earlier, order), null))
                .orElse(List.of());
        Question question = new Question(id, type.get(), text, sms, scale, choices, freeText, when, List.of(), role);
        List<Condition> negativeWhen = map.get("negative-when")
                .map(node -> conditions.parse(node, "'negative-when'", ref -> Optional.empty(), question))
                .orElse(List.of());
        if (report.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Question(id, type.get(), text, sms, scale, choices, freeText, when, negativeWhen, role));
    }

    private Optional<Question> earlier(Node ref, String id, Map<String, Question> earlier, List<String> order) {
        return YamlMap.scalar(ref, "'question'", report).flatMap(target -> {
            if (!order.contains(target)) {
                report.at(ref, "'when' tests question '" + target + "', which the survey does not have");
            } else if (order.indexOf(target) >= order.indexOf(id)) {
                report.at(ref, "'when' tests question '" + target + "', which is not asked before '" + id + "'");
            }
            return Optional.ofNullable(earlier.get(target));
        });
    }

    private Scale scale(YamlMap map, String what) {
        Optional<LocalizedText> low = map.require("low", what).flatMap(n -> texts.parse(n, "low"));
        Optional<LocalizedText> high = map.require("high", what).flatMap(n -> texts.parse(n, "high"));
        return low.isPresent() && high.isPresent() ? new Scale(low.get(), high.get()) : null;
    }

    private FreeText freeText(YamlMap map) {
        int maxLength = map.get("max-length")
                .flatMap(node -> YamlMap.scalar(node, "'max-length'", report).flatMap(value -> {
                    if (value.matches("\\d{1,5}")
                            && Integer.parseInt(value) >= 1
                            && Integer.parseInt(value) <= LONGEST_MAX_LENGTH) {
                        return Optional.of(Integer.parseInt(value));
                    }
                    report.at(node, "'max-length' must be a whole number from 1 to " + LONGEST_MAX_LENGTH);
                    return Optional.empty();
                }))
                .orElse(DEFAULT_MAX_LENGTH);
        boolean skippable = map.get("skippable")
                .flatMap(node -> YamlMap.scalar(node, "'skippable'", report).flatMap(value -> {
                    if (value.equals("true") || value.equals("false")) {
                        return Optional.of(Boolean.parseBoolean(value));
                    }
                    report.at(node, "'skippable' must be true or false");
                    return Optional.empty();
                }))
                .orElse(false);
        return new FreeText(maxLength, skippable);
    }

    private Optional<QuestionRole> role(Node node, QuestionType type) {
        return YamlMap.scalar(node, "'role'", report).flatMap(key -> {
            Optional<QuestionRole> role = QuestionRole.fromKey(key);
            if (role.isEmpty()) {
                report.at(node, "unknown role '" + key + "' (expected callback-consent or comment)");
            } else if (role.get() == QuestionRole.CALLBACK_CONSENT && type != QuestionType.YES_NO) {
                report.at(node, "role callback-consent needs a yes-no question");
            } else if (role.get() == QuestionRole.COMMENT && type != QuestionType.TEXT) {
                report.at(node, "role comment needs a text question");
            }
            return role;
        });
    }
}
