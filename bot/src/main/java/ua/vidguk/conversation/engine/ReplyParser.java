package ua.vidguk.conversation.engine;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ua.vidguk.survey.FreeText;
import ua.vidguk.survey.Option;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.Scale;

/**
 * Reads a visitor's typed reply as the canonical answer to a question (see {@link Question}), or
 * finds it is not one. Any text is safe to pass: emoji, thousands of characters, "п'ять".
 */
final class ReplyParser {

    private static final Set<String> SKIP_WORDS =
            Stream.of("0", "ПРОПУСТИТИ", "SKIP").map(Keyword::fold).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> DASHES = Set.of("-", "—", "–");

    private ReplyParser() {}

    /** The canonical answer, or empty when the reply does not answer the question. */
    static Optional<String> parse(Question question, String raw) {
        return switch (question.type()) {
            case SCALE -> scale(raw);
            case CHOICE -> choice(question, raw);
            case YES_NO -> YesNo.parse(raw);
            case TEXT -> text(question.freeText(), raw);
        };
    }

    // Exactly one digit, nothing else but punctuation: "2 години" to the waiting question is a
    // sentence, not a rating, and guessing would file a wrong score.
    private static Optional<String> scale(String raw) {
        int digit = ReplyText.digit(raw);
        return digit >= Scale.MIN && digit <= Scale.MAX ? Optional.of(Integer.toString(digit)) : Optional.empty();
    }

    // The option's number, as the SMS lists them; in a messenger, typing an option's label works too.
    private static Optional<String> choice(Question question, String raw) {
        int digit = ReplyText.digit(raw);
        if (digit > 0) {
            return question.option(digit).map(Option::id);
        }
        String label = Keyword.fold(ReplyText.core(raw));
        return question.options().stream()
                .filter(option -> option.text().byLocale().values().stream()
                                .anyMatch(text -> Keyword.fold(text).equals(label))
                        || option.smsText().byLocale().values().stream()
                                .anyMatch(text -> Keyword.fold(text).equals(label)))
                .map(Option::id)
                .findFirst();
    }

    /**
     * A text longer than the limit is kept, cut to the limit, rather than re-prompted: the visitor
     * made an effort, retyping a long message on a phone is what they will not do, and the first
     * {@code max-length} characters (1,000 by default, more than a concatenated SMS usually holds)
     * carry the gist for staff. Only an empty reply is not an answer.
     */
    private static Optional<String> text(FreeText limits, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (limits.skippable() && isSkip(text)) {
            return Optional.of("");
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cut(text, limits.maxLength()));
    }

    private static boolean isSkip(String text) {
        return DASHES.contains(text) || SKIP_WORDS.contains(Keyword.fold(ReplyText.core(text)));
    }

    private static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never leave half an emoji
        }
        return text.substring(0, end).strip();
    }
}
