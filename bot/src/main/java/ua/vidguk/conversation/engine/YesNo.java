package ua.vidguk.conversation.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a reply to a yes-no question. Generous with the ways people say yes and no in Ukrainian,
 * Russian, Latin transliteration and English, but never guesses: a reply holding both a yes and a
 * no, or starting with a word that is not one, is not an answer.
 */
final class YesNo {

    // Words that decide a reply on their own or as its first word ("так, отримала").
    private static final Set<String> YES = Set.of(
            "так",
            "та",
            "tak",
            "ta",
            "yes",
            "y",
            "yeah",
            "yep",
            "ok",
            "ок",
            "okay",
            "да",
            "ага",
            "угу",
            "авжеж",
            "звісно",
            "звичайно",
            "конечно");
    private static final Set<String> NO = Set.of("ні", "ni", "nі", "no", "n", "nope", "нет", "net", "нi");
    // Words that are an answer only alone: "не знаю" starts with "не" but is no answer, "2 години" no rating.
    private static final Set<String> YES_ALONE = Set.of("1");
    private static final Set<String> NO_ALONE = Set.of("2", "не", "ne");
    private static final Set<String> YES_SYMBOLS = Set.of("+", "👍", "✅", "✔");
    private static final Set<String> NO_SYMBOLS = Set.of("-", "—", "–", "👎", "❌", "✖");

    private YesNo() {}

    /** {@code "yes"}, {@code "no"}, or empty when the reply is neither or both. */
    static Optional<String> parse(String raw) {
        String symbol = ReplyText.symbol(raw);
        if (YES_SYMBOLS.contains(symbol)) {
            return Optional.of("yes");
        }
        if (NO_SYMBOLS.contains(symbol)) {
            return Optional.of("no");
        }
        List<String> words = ReplyText.words(raw);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String first = words.getFirst();
        if (words.size() == 1 && (YES_ALONE.contains(first) || NO_ALONE.contains(first))) {
            return Optional.of(YES_ALONE.contains(first) ? "yes" : "no");
        }
        boolean anyYes = words.stream().anyMatch(YES::contains);
        boolean anyNo = words.stream().anyMatch(NO::contains);
        if (YES.contains(first) && !anyNo) {
            return Optional.of("yes");
        }
        if (NO.contains(first) && !anyYes) {
            return Optional.of("no");
        }
        return Optional.empty();
    }
}
