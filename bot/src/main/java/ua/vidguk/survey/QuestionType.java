package ua.vidguk.survey;

import java.util.Arrays;
import java.util.Optional;

/** What kind of answer a question takes, and so which canonical answer values it has. */
public enum QuestionType {
    /** A rating from {@link Scale#MIN} to {@link Scale#MAX}; canonical answer {@code "1"}…{@code "5"}. */
    SCALE("scale"),
    /** One of numbered options; canonical answer the option's id. */
    CHOICE("choice"),
    /** Canonical answer {@code "yes"} or {@code "no"}. */
    YES_NO("yes-no"),
    /** Free text; canonical answer the text, or {@code ""} when skipped. */
    TEXT("text");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    /** The name used in survey files. */
    public String key() {
        return key;
    }

    static Optional<QuestionType> fromKey(String key) {
        return Arrays.stream(values()).filter(type -> type.key.equals(key)).findFirst();
    }
}
