package ua.vidguk.alert;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ua.vidguk.figures.Rating;
import ua.vidguk.figures.Ratings;
import ua.vidguk.message.MessageName;
import ua.vidguk.stafflink.Scope;

/**
 * The weekly digest of a ranking as staff read it: one line per ranked entity (place, name,
 * satisfaction, responses, the change of place), then those with too few responses, briefly, by
 * name and responses. A region has about 110 centres, more than Telegram's 4,096 characters take:
 * the digest comes in as many messages as needed, whole lines in each, numbered (1/3, 2/3, …).
 */
@Component
class DigestTexts {

    static final int MAX_TEXT = 4_096;
    /** Some centres' official names run to a hundred characters; a line needs only enough to know it. */
    static final int MAX_NAME = 60;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final AlertTexts texts;

    DigestTexts(AlertTexts texts) {
        this.texts = texts;
    }

    /** One entry of the digest: a ranked line, or a name among the unranked. */
    private record Entry(boolean ranked, Map<String, Object> values) {}

    /** @return the messages, in order; none when nobody answered in the period */
    List<String> render(Scope chat, Ratings.Page page) {
        if (page.entities().isEmpty()) {
            return List.of();
        }
        Map<String, Object> common = new LinkedHashMap<>();
        common.put("scope", texts.scope(chat));
        common.put("from", DAY.format(page.from()));
        common.put("to", DATE.format(page.to()));
        common.put(page.level(), true); // "centre" or "region": which peers are ranked
        common.put("minSample", Integer.toString(page.minSample()));
        List<Entry> entries = page.entities().stream().map(DigestTexts::entry).toList();
        List<List<Entry>> parts = split(common, entries);
        List<String> messages = new ArrayList<>();
        for (int part = 0; part < parts.size(); part++) {
            messages.add(render(common, parts.get(part), part + 1, parts.size()));
        }
        return messages;
    }

    /** Fills each message with as many whole entries as fit, measured with the widest part numbers. */
    private List<List<Entry>> split(Map<String, Object> common, List<Entry> entries) {
        List<List<Entry>> parts = new ArrayList<>();
        List<Entry> part = new ArrayList<>();
        for (Entry entry : entries) {
            part.add(entry);
            if (part.size() > 1
                    && render(common, part, parts.isEmpty() ? 1 : 99, 99).length() > MAX_TEXT) {
                part.removeLast();
                parts.add(part);
                part = new ArrayList<>(List.of(entry));
            }
        }
        parts.add(part);
        return parts;
    }

    private String render(Map<String, Object> common, List<Entry> entries, int part, int parts) {
        Map<String, Object> values = new LinkedHashMap<>(common);
        List<Map<String, Object>> ranked =
                entries.stream().filter(Entry::ranked).map(Entry::values).toList();
        List<Map<String, Object>> unranked = entries.stream()
                .filter(entry -> !entry.ranked())
                .map(Entry::values)
                .toList();
        values.put("first", part == 1);
        values.put("split", parts > 1);
        values.put("part", Integer.toString(part));
        values.put("parts", Integer.toString(parts));
        values.put("ranked", ranked);
        values.put("few", !unranked.isEmpty());
        values.put("unranked", unranked);
        return texts.render(MessageName.STAFF_WEEKLY_DIGEST, values);
    }

    private static Entry entry(Rating rating) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", shortened(rating.name()));
        values.put("responses", Long.toString(rating.responses()));
        if (!rating.ranked() || rating.rank() == null || rating.satisfaction() == null) {
            return new Entry(false, values);
        }
        values.put("place", Integer.toString(rating.rank()));
        values.put("satisfaction", Long.toString(Math.round(100 * rating.satisfaction())));
        // Every flag is given, set or not: a name missing from a list's item is an error to Mustache.
        Integer change = rating.rankChange();
        values.put("up", change != null && change > 0);
        values.put("down", change != null && change < 0);
        values.put("same", change != null && change == 0);
        values.put("unrankedBefore", change == null);
        values.put("change", change == null ? "" : Integer.toString(Math.abs(change)));
        return new Entry(true, values);
    }

    private static String shortened(String name) {
        if (name.length() <= MAX_NAME) {
            return name;
        }
        int keep = MAX_NAME - 1;
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep).stripTrailing() + "…";
    }
}
