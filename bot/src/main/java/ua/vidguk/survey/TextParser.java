package ua.vidguk.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code {uk: …, en: …}} wordings, holding each to the survey's declared locales. */
final class TextParser {

    private final List<String> locales;
    private final YamlMap.Report report;

    TextParser(List<String> locales, YamlMap.Report report) {
        this.locales = locales;
        this.report = report;
    }

    Optional<LocalizedText> parse(Node node, String what) {
        Optional<YamlMap> map = YamlMap.of(node, what, report);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> byLocale = new LinkedHashMap<>();
        boolean complete = true;
        for (String locale : locales) {
            Optional<Node> value = map.get().get(locale);
            if (value.isEmpty()) {
                report.at(
                        node, what + " has no '" + locale + "' wording (the survey declares locales " + locales + ")");
                complete = false;
            } else {
                Optional<String> text = YamlMap.scalar(value.get(), what + "." + locale, report);
                text.ifPresent(t -> byLocale.put(locale, t));
                complete &= text.isPresent();
            }
        }
        for (String key : map.get().keys()) {
            if (!locales.contains(key)) {
                map.get()
                        .misplaced(
                                key, what + " has '" + key + "', which is not among the survey's locales " + locales);
                complete = false;
            }
        }
        return complete ? Optional.of(new LocalizedText(byLocale)) : Optional.empty();
    }

    /** Reports each wording longer than one Cyrillic SMS segment. */
    void checkSmsLength(LocalizedText text, Node node, String what, String advice) {
        text.byLocale().forEach((locale, wording) -> {
            if (wording.length() > Question.SMS_MAX_LENGTH) {
                report.at(
                        node,
                        what + "." + locale + " is " + wording.length() + " characters; at most "
                                + Question.SMS_MAX_LENGTH + " fit one SMS" + advice);
            }
        });
    }
}
