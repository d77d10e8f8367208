package ua.vidguk.survey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One wording in every locale a survey declares. Loading guarantees that every declared locale is
 * present, so the fallback below only serves callers asking for a locale the survey does not have.
 *
 * @param byLocale wording by language code ({@code uk}, {@code en}), in the survey's locale order
 */
public record LocalizedText(Map<String, String> byLocale) {

    /** The language every text has; also the fallback. */
    public static final String UKRAINIAN = "uk";

    public LocalizedText {
        byLocale = Collections.unmodifiableMap(new LinkedHashMap<>(byLocale));
    }

    /** The wording in a language, falling back to Ukrainian when the language is not declared. */
    public String in(String locale) {
        String text = byLocale.get(locale);
        return text != null ? text : byLocale.get(UKRAINIAN);
    }
}
