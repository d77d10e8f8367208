package ua.vidguk.survey;

import java.util.Set;
import java.util.stream.Collectors;

/** Checks that a condition suits the question it tests: a rule that can never match is a mistake. */
final class ConditionFit {

    private final YamlMap map;
    private final Question target;
    private final YamlMap.Report report;
    private boolean fits = true;

    ConditionFit(YamlMap map, Question target, YamlMap.Report report) {
        this.map = map;
        this.target = target;
        this.report = report;
    }

    boolean check(Condition condition) {
        String subject = "'" + target.id() + "' is a " + target.type().key() + " question";
        if (target.type() == QuestionType.TEXT) {
            fail("is", "conditions cannot test free text: " + subject);
            fail("at-least", "conditions cannot test free text: " + subject);
            fail("at-most", "conditions cannot test free text: " + subject);
            return false;
        }
        if (target.type() != QuestionType.SCALE) {
            fail("at-least", "at-least applies only to scale questions; " + subject);
            fail("at-most", "at-most applies only to scale questions; " + subject);
        } else {
            checkRating("at-least", condition.atLeast());
            checkRating("at-most", condition.atMost());
        }
        Set<String> allowed = switch (target.type()) {
            case SCALE -> Set.of("1", "2", "3", "4", "5");
            case YES_NO -> Set.of("yes", "no");
            case CHOICE -> target.options().stream().map(Option::id).collect(Collectors.toSet());
            case TEXT -> Set.of();
        };
        for (String value : condition.is()) {
            if (!allowed.contains(value)) {
                fail(
                        "is",
                        "'" + value + "' is not an answer to '" + target.id() + "' (answers: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return fits;
    }

    private void checkRating(String key, Integer rating) {
        if (rating != null && (rating < Scale.MIN || rating > Scale.MAX)) {
            fail(key, key + " " + rating + " is out of the scale " + Scale.MIN + "–" + Scale.MAX);
        }
    }

    private void fail(String key, String reason) {
        map.get(key).ifPresent(node -> {
            report.at(node, reason);
            fits = false;
        });
    }
}
