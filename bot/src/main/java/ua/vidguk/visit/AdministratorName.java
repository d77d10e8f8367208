package ua.vidguk.visit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import ua.vidguk.visit.VisitCheck.FieldError;

/**
 * Checks the administrator a visit names: one line of printable text, at most {@value #MAX}
 * characters, its runs of spaces made one, so that "Оксана&nbsp;&nbsp;К." and "Оксана К." are the
 * same person. A reason never repeats the value: it names a staff member.
 */
final class AdministratorName {

    static final int MAX = 64;

    private AdministratorName() {}

    /** @return the name to store, or null when there is none; an error is added when it is bad */
    static @Nullable String check(@Nullable String text, List<FieldError> errors) {
        String name = VisitCheck.blankToNull(text);
        if (name == null) {
            return null;
        }
        name = name.replaceAll("[ \\t\\u00A0]+", " ");
        if (name.codePoints().anyMatch(AdministratorName::unprintable)) {
            errors.add(new FieldError(
                    "administrator", "has characters that cannot be printed (control characters, line breaks)"));
        } else if (name.codePointCount(0, name.length()) > MAX) {
            errors.add(new FieldError("administrator", "is longer than " + MAX + " characters"));
        }
        return name;
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
