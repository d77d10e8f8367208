package ua.vidguk.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** Figures summed over documents: a centre's period, or a city's, region's or the country's. */
final class Tally {

    long responses;
    long completed;
    long partial;
    long negative;
    long resolved;
    long resolvedInTime;
    final Map<String, Long> channels = new TreeMap<>();
    final Map<String, Question> questions = new LinkedHashMap<>();

    /** One question's answers: how many, how many skipped, and how often each value came. */
    static final class Question {
        @Nullable
        String type;

        long answered;
        long skipped;
        final Map<String, Long> values = new TreeMap<>();

        long count(String value) {
            return values.getOrDefault(value, 0L);
        }
    }

    void add(Document figures) {
        responses += number(figures, "responses");
        completed += number(figures, "completed");
        partial += number(figures, "partial");
        negative += number(figures, "negative");
        Document cases = figures.get("cases", Document.class);
        if (cases != null) {
            resolved += number(cases, "resolved");
            resolvedInTime += number(cases, "resolvedInTime");
        }
        addCounts(channels, figures.get("channels", Document.class));
        Document byQuestion = figures.get("questions", Document.class);
        if (byQuestion == null) {
            return;
        }
        for (var entry : byQuestion.entrySet()) {
            Document stored = (Document) entry.getValue();
            Question question = questions.computeIfAbsent(entry.getKey(), id -> new Question());
            question.answered += number(stored, "answered");
            question.skipped += number(stored, "skipped");
            if (stored.getString("type") != null) {
                question.type = stored.getString("type");
            }
            addCounts(question.values, stored.get("values", Document.class));
        }
    }

    void add(Tally other) {
        responses += other.responses;
        completed += other.completed;
        partial += other.partial;
        negative += other.negative;
        resolved += other.resolved;
        resolvedInTime += other.resolvedInTime;
        other.channels.forEach((channel, count) -> channels.merge(channel, count, Long::sum));
        other.questions.forEach((id, theirs) -> {
            Question ours = questions.computeIfAbsent(id, key -> new Question());
            ours.answered += theirs.answered;
            ours.skipped += theirs.skipped;
            if (theirs.type != null) {
                ours.type = theirs.type;
            }
            theirs.values.forEach((value, count) -> ours.values.merge(value, count, Long::sum));
        });
    }

    private static void addCounts(Map<String, Long> into, @Nullable Document counts) {
        if (counts != null) {
            counts.forEach((key, count) -> into.merge(key, ((Number) count).longValue(), Long::sum));
        }
    }

    private static long number(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
