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
    /**
     * A QR code's survey was not opened: the visitor opened as many about the centre this hour as
     * {@code vidguk.limits} allows.
     */
    ENTRY_LIMITED("entry-limited", Map.of()),
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
    STAFF_ALERT("staff-alert", staffAlert()),
    /** Put above an alert posted to the region's chat because the centre has no chat of its own. */
    STAFF_NO_CENTRE_CHAT("staff-no-centre-chat", Map.of("centreName", "ЦНАП міста Ірпінь")),
    /**
     * Put above a message posted to another chat than its own: the chat it was meant for had none
     * ({@code missing}), the bot cannot write there ({@code unusable}), or Telegram kept failing
     * ({@code failed}); one flag is set.
     */
    STAFF_PASSED_OVER(
            "staff-passed-over",
            Map.of("scope", "ЦНАП міста Ірпінь (UA-32-0012)", "missing", true, "unusable", true, "failed", true)),
    /** Added below an alert once it is taken or resolved. */
    STAFF_CASE_STATUS(
            "staff-case-status",
            Map.of(
                    "takenBy", "Оксана Петренко",
                    "takenAt", "24.11.2025 10:40",
                    "resolvedBy", "Оксана Петренко",
                    "resolvedAt", "24.11.2025 12:05",
                    "resolution", "Зателефонували, документи оформлено")),
    /** A rating as staff read it: "2 з 5". */
    STAFF_SCORE("staff-score", Map.of("score", "2")),
    /** The label of the button that takes a case. */
    LABEL_TAKE("label-take", Map.of()),
    /** The label of the button that resolves a case. */
    LABEL_RESOLVE("label-resolve", Map.of()),
    /** The notice a staff member sees after pressing a case's button; one flag is set. */
    STAFF_PRESS_ANSWER(
            "staff-press-answer",
            Map.of(
                    "taken", true,
                    "alreadyTaken", true,
                    "takenBy", "Оксана Петренко",
                    "closed", true,
                    "foreign", true,
                    "askedOutcome", true)),
    /** Asks the member who pressed «Вирішено» for the outcome, as a reply. */
    STAFF_ASK_OUTCOME("staff-ask-outcome", Map.of("name", "Оксана Петренко")),
    /** A case nobody took (to the region) or nobody resolved (to the ministry) in time. */
    STAFF_ESCALATED(
            "staff-escalated",
            Map.of(
                    "toRegion", true,
                    "toMinistry", true,
                    "takeWithinHours", "2",
                    "takeWithinMinutes", "30",
                    "resolveDays", "3",
                    "alert", "⚠️ Негативний відгук: ЦНАП міста Ірпінь")),
    /** Several alerts at once, folded into one message to stay within Telegram's limits. */
    STAFF_FOLDED(
            "staff-folded",
            Map.of(
                    "count",
                    "40",
                    "items",
                    List.of(Map.of("number", "1", "line", "ЦНАП міста Ірпінь, 10:15: Загальна оцінка 1 з 5")))),
    /** Who a staff chat speaks for: a centre, a region, or the whole country. */
    STAFF_SCOPE(
            "staff-scope",
            Map.of("cnap", true, "region", true, "national", true, "name", "ЦНАП міста Ірпінь", "code", "UA-32-0012")),
    /** The group became a staff chat. */
    STAFF_LINKED("staff-linked", Map.of("scope", "ЦНАП міста Ірпінь (UA-32-0012)")),
    /** A {@code /link} that did not link; one flag says why. */
    STAFF_LINK_REFUSED(
            "staff-link-refused",
            Map.of("notAdmin", true, "used", true, "expired", true, "unknown", true, "noCode", true)),
    /** {@code /unlink}: the scopes the chat no longer serves, or none. */
    STAFF_UNLINKED("staff-unlinked", Map.of("scopes", "ЦНАП міста Ірпінь (UA-32-0012)", "none", true)),
    /** Sent to each centre chat once a day. */
    STAFF_DAILY_SUMMARY(
            "staff-daily-summary",
            Map.of(
                    "scope", "ЦНАП міста Ірпінь (UA-32-0012)",
                    "date", "24.11.2025",
                    "answers", "42",
                    "satisfaction", "88",
                    "positive", "35",
                    "open", "2")),
    /** The answer to {@code /stats}: the last 7 and 30 days of each scope the chat serves. */
    STAFF_STATS(
            "staff-stats",
            Map.of(
                    "none",
                    true,
                    "items",
                    List.of(Map.of(
                            "scope", "ЦНАП міста Ірпінь (UA-32-0012)",
                            "answers7", "42",
                            "satisfaction7", "88",
                            "positive7", "35",
                            "answers30", "170",
                            "satisfaction30", "85",
                            "positive30", "139",
                            "open", "2")))),
    /**
     * One message of the weekly ranking sent to a region's chat ({@code centre}: its centres) or the
     * ministry's ({@code region}: the regions): {@code ranked} lines with a change of place ({@code
     * up}, {@code down} or {@code same} by {@code change}, or {@code unrankedBefore}), then the
     * {@code unranked} with too few responses ({@code few}). A long ranking is {@code split} into
     * {@code parts}; {@code first} marks the first.
     */
    STAFF_WEEKLY_DIGEST("staff-weekly-digest", weeklyDigest());

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

    private static Map<String, Object> weeklyDigest() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("place", "1");
        line.put("name", "ЦНАП міста Ірпінь");
        line.put("satisfaction", "93");
        line.put("responses", "42");
        line.put("up", true);
        line.put("down", true);
        line.put("same", true);
        line.put("change", "2");
        line.put("unrankedBefore", true);
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("scope", "Київська область (UA-32)");
        sample.put("from", "16.11");
        sample.put("to", "22.11.2026");
        sample.put("centre", true);
        sample.put("region", true);
        sample.put("minSample", "30");
        sample.put("first", true);
        sample.put("split", true);
        sample.put("part", "1");
        sample.put("parts", "2");
        sample.put("ranked", List.of(line));
        sample.put("few", true);
        sample.put("unranked", List.of(Map.of("name", "ЦНАП міста Буча", "responses", "12")));
        return sample;
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
        sample.put("phoneUnknown", true);
        sample.put("partial", true);
        sample.put("answers", List.of(Map.of("question", "Загальна оцінка", "answer", "2 з 5")));
        sample.put("comment", "Довго чекала, консультант був неуважний.");
        // Set when the comment was cut to keep the alert within Telegram's limit: its full length.
        sample.put("commentShortened", true);
        sample.put("commentLength", "5200");
        // Set when the response came in a burst of anonymous negative ones against the centre.
        sample.put("suspect", true);
        sample.put("suspectCount", "14");
        sample.put("suspectMinutes", "30");
        sample.put("suspectThreshold", "10");
        return Map.copyOf(sample);
    }
}
