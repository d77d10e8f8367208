package ua.vidguk.message;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every message the bot renders, with the variables it may use. The sample values are the
 * declaration: a template may use exactly these names (and, inside a list section, the keys of its
 * items), and each template must render with them at start-up. Values are passed already formatted
 * as text; a boolean or a list drives a {@code {{#section}}}. A variable not passed renders empty.
 */
public enum MessageName {
    /** First contact about a visit; on SMS it carries the first question and the deep links. */
    INVITATION("invitation", visit()),
    /** Sent once when an invitation got no reply. */
    REMINDER("reminder", visit()),
    /** The survey is complete. */
    THANKS("thanks", Map.of("centreName", "ЦНАП міста Ірпінь", "negative", true, "callbackRequested", true)),
    /** The visitor sent STOP (or СТОП, ВІДПИСАТИСЯ): no more surveys on any channel. */
    OPTED_OUT("opted-out", Map.of()),
    /** The visitor sent START after opting out. */
    OPTED_IN("opted-in", Map.of()),
    /**
     * The survey was closed because replies to its first question were not answers, even after the
     * re-prompts.
     */
    SURVEY_CLOSED("survey-closed", Map.of()),
    /** A reply arrived but the visitor has no survey in progress. */
    NO_OPEN_SURVEY("no-open-survey", Map.of()),
    /** The reply to a scale question was not a rating. */
    REPROMPT_SCALE("reprompt-scale", Map.of("low", "дуже погано", "high", "чудово")),
    /** The reply to a choice question was not an option number; {@code count} is how many there are. */
    REPROMPT_CHOICE("reprompt-choice", Map.of("count", "7")),
    /** The reply to a yes-no question was neither. */
    REPROMPT_YES_NO("reprompt-yes-no", Map.of()),
    /** The reply to a text question was empty or too long. */
    REPROMPT_TEXT("reprompt-text", Map.of("maxLength", "1000", "skippable", true)),
    /** A messenger user shared their own phone number: later surveys may come there instead of by SMS. */
    PHONE_LINKED("phone-linked", Map.of()),
    /** The label of the "yes" button in messengers. */
    LABEL_YES("label-yes", Map.of()),
    /** The label of the "no" button in messengers. */
    LABEL_NO("label-no", Map.of()),
    /** The label of the button with which a messenger user shares their phone number. */
    LABEL_SHARE_PHONE("label-share-phone", Map.of()),
    /** The label of the button that skips a skippable question. */
    LABEL_SKIP("label-skip", Map.of()),
    /** Negative feedback, posted to the centre's staff chat in Telegram. */
    STAFF_ALERT("staff-alert", staffAlert());

    private final String key;
    private final Map<String, Object> sample;

    MessageName(String key, Map<String, Object> sample) {
        this.key = key;
        this.sample = sample;
    }

    /** The file name stem: {@code messages/<locale>/<key>[.<channel>].mustache}. */
    public String key() {
        return key;
    }

    /** Sample values of every variable the message may use. */
    public Map<String, Object> sample() {
        return sample;
    }

    /** The names a template may use, including the item keys of list sections. */
    public TreeSet<String> variables() {
        TreeSet<String> names = new TreeSet<>(sample.keySet());
        sample.values().forEach(value -> {
            if (value instanceof List<?> items && !items.isEmpty() && items.getFirst() instanceof Map<?, ?> item) {
                item.keySet().forEach(name -> names.add(name.toString()));
            }
        });
        return names;
    }

    static Optional<MessageName> fromKey(String key) {
        return Arrays.stream(values()).filter(name -> name.key.equals(key)).findFirst();
    }

    private static Map<String, Object> visit() {
        return Map.of(
                "centreName", "ЦНАП міста Ірпінь",
                "question", "Як ви оцінюєте обслуговування в ЦНАП? Надішліть цифру 1–5",
                "link", "https://vidguk.example.gov.ua/v/AbC3dE6gH9");
    }

    private static Map<String, Object> staffAlert() {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("centreName", "ЦНАП міста Ірпінь");
        sample.put("centreCode", "UA-32-0012");
        sample.put("visitTime", "24.11.2025 10:15");
        sample.put("service", "Реєстрація місця проживання");
        sample.put("channel", "SMS");
        sample.put("phone", "+380 67 *** ** 67");
        sample.put("callbackConsent", true);
        sample.put("answers", List.of(Map.of("question", "Загальна оцінка", "answer", "2 з 5")));
        sample.put("comment", "Довго чекала, консультант був неуважний.");
        return Map.copyOf(sample);
    }
}
