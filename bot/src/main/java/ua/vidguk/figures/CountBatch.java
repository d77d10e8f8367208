package ua.vidguk.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Ends waiting to be counted together, and what they add up to: one write per document for all of
 * them instead of one per end and document. Pure: {@link GuardedCounts} does the writing.
 */
final class CountBatch {

    /** One end (or resolved case) waiting: its documents' increments and who waits for the outcome. */
    record Entry(String id, LocalDate day, Map<String, Update> documents, CompletableFuture<@Nullable Void> outcome) {

        String counted() {
            return FigureKeys.counted(day, id);
        }
    }

    /**
     * What one document gets from the batch: the sum of its contributors' increments, and who they
     * are (their ids guard the write; their own increments serve when the sum cannot be written).
     */
    record Sum(String key, Update increments, List<Entry> contributors) {

        List<String> ids() {
            return contributors.stream().map(Entry::id).toList();
        }
    }

    private CountBatch() {}

    /** The batch's entries with one per id: the same end heard twice at once counts once. */
    static Map<String, List<Entry>> byId(List<Entry> entries) {
        Map<String, List<Entry>> byId = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byId.computeIfAbsent(entry.id(), id -> new ArrayList<>()).add(entry);
        }
        return byId;
    }

    /** Per document, the sum of the entries' increments (each entry counted once). */
    static List<Sum> sums(List<Entry> distinct) {
        Map<String, List<Entry>> byDocument = new LinkedHashMap<>();
        for (Entry entry : distinct) {
            entry.documents()
                    .keySet()
                    .forEach(key -> byDocument
                            .computeIfAbsent(key, k -> new ArrayList<>())
                            .add(entry));
        }
        List<Sum> sums = new ArrayList<>(byDocument.size());
        byDocument.forEach((key, contributors) -> sums.add(new Sum(
                key,
                contributors.size() == 1
                        ? copy(contributors.getFirst().documents().get(key))
                        : added(contributors.stream()
                                .map(entry -> entry.documents().get(key))
                                .toList()),
                List.copyOf(contributors))));
        return sums;
    }

    /**
     * The counts added and the labels set (the last one's labels win: they say where a centre is now,
     * the same for every end of a batch unless the registry changed between them).
     */
    static Update added(List<Update> updates) {
        Map<String, Integer> increments = new LinkedHashMap<>();
        Map<String, Object> labels = new LinkedHashMap<>();
        for (Update update : updates) {
            Document operations = update.getUpdateObject();
            operations.forEach((operator, fields) -> {
                switch (operator) {
                    case "$inc" ->
                        ((Document) fields)
                                .forEach(
                                        (path, by) -> increments.merge(path, ((Number) by).intValue(), Math::addExact));
                    case "$set" -> labels.putAll((Document) fields);
                    default -> throw new IllegalArgumentException("Figures only add and set, not " + operator);
                }
            });
        }
        Update sum = new Update();
        increments.forEach(sum::inc);
        labels.forEach(sum::set);
        return sum;
    }

    /** A fresh one: the writer adds its guard list to the update it is given. */
    private static Update copy(Update update) {
        return added(List.of(update));
    }
}
