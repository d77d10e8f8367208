package ua.vidguk.visit;

import org.jspecify.annotations.Nullable;

/**
 * The administrator a visit names: one line of printable text, at most {@value #MAX} characters,
 * its runs of spaces made one, so that a name typed with two spaces is the same person. A reason
 * never repeats the value: it names a staff member.
 */
final class AdministratorName {

    static final int MAX = 64;

    private AdministratorName() {}

    /** @return the name to store and check, or null when there is none */
    static @Nullable String normalise(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("[ \\t\\u00A0]+", " ");
    }

    /** @return why the (normalised) name cannot be stored, or null when it can */
    static @Nullable String problem(String name) {
        if (name.codePoints().anyMatch(AdministratorName::unprintable)) {
            return "has characters that cannot be printed (control characters, line breaks)";
        }
        if (name.codePointCount(0, name.length()) > MAX) {
            return "is longer than " + MAX + " characters";
        }
        return null;
    }

    private static boolean unprintable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
