package ua.vidguk.survey;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a question means to other features, so they find it without knowing its id. A survey has at
 * most one question per role.
 */
public enum QuestionRole {
    /** A yes-no question: "yes" means the visitor agrees to be called back about the response. */
    CALLBACK_CONSENT("callback-consent"),
    /** A text question holding the visitor's free comment. */
    COMMENT("comment");

    private final String key;

    QuestionRole(String key) {
        this.key = key;
    }

    /** The name used in survey files. */
    public String key() {
        return key;
    }

    static Optional<QuestionRole> fromKey(String key) {
        return Arrays.stream(values()).filter(role -> role.key.equals(key)).findFirst();
    }
}
