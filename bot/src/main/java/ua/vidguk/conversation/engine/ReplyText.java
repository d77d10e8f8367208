package ua.vidguk.conversation.engine;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * How a visitor's raw text is tidied before it is read as an answer. Replies come from phone
 * keyboards in two scripts, with autocorrect, emoji and full-width digits ("５"), so the tidying is
 * generous; it never throws, whatever arrives.
 */
final class ReplyText {

    private ReplyText() {}

    /** Compatibility-normalised (full-width and circled digits become ASCII ones) and stripped. */
    static String normalize(String raw) {
        return raw == null
                ? ""
                : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    }

    /**
     * The reply without what surrounds its letters and digits: spaces, punctuation, emoji. "5!",
     * " 4 ", "«Стоп»" and "5️⃣" become "5", "4", "Стоп" and "5".
     */
    static String core(String raw) {
        String text = normalize(raw);
        int start = 0;
        while (start < text.length() && !isWordChar(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        int end = text.length();
        while (end > start && !isWordChar(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /**
     * The reply without emoji decorations that change nothing: variation selectors and skin tones,
     * so that "👍🏽" is read as "👍".
     */
    static String symbol(String raw) {
        return normalize(raw).replaceAll("[\\x{FE0E}\\x{FE0F}\\x{1F3FB}-\\x{1F3FF}\\s]", "");
    }

    /** The words of the reply, lower case; an apostrophe belongs to its word ("п'ять"). */
    static List<String> words(String raw) {
        String core = core(raw).toLowerCase(java.util.Locale.ROOT);
        if (core.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(core.split("[^\\p{L}\\p{N}'’ʼ]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** The single digit a reply consists of (any script's digits count), or -1. */
    static int digit(String raw) {
        String core = core(raw);
        if (core.isEmpty() || core.codePointCount(0, core.length()) != 1) {
            return -1;
        }
        return Character.digit(core.codePointAt(0), 10);
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }
}
