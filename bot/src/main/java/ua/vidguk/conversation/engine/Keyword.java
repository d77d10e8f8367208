package ua.vidguk.conversation.engine;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words that change whether a contact may be surveyed, recognised in any reply on any channel,
 * with or without a survey in progress. A keyword must be the whole reply: "стоп, я ще не
 * закінчив" is not an opt-out.
 */
public enum Keyword {
    /** Never survey this contact again, on any channel. */
    OPT_OUT,
    /** Survey this contact again. */
    OPT_IN,
    /** Not a keyword. */
    NONE;

    // Twilio's default opt-out and opt-in words are honoured too: on SMS Twilio enforces them anyway
    // (a later send fails with 21610), so the product's own state should agree on every channel.
    // Twilio's YES is left out on purpose: here it answers a yes-no question.
    private static final Set<String> OPT_OUT_WORDS = folded(
            "СТОП",
            "STOP",
            "ВІДПИСАТИСЯ",
            "ВІДПИСАТИСЬ",
            "ОТПИСАТЬСЯ",
            "STOPALL",
            "UNSUBSCRIBE",
            "CANCEL",
            "END",
            "QUIT");
    private static final Set<String> OPT_IN_WORDS = folded("СТАРТ", "START", "UNSTOP");

    /** What a reply means as a keyword; surrounding spaces and punctuation are ignored. */
    public static Keyword classify(String text) {
        String word = fold(ReplyText.core(text));
        if (OPT_OUT_WORDS.contains(word)) {
            return OPT_OUT;
        }
        return OPT_IN_WORDS.contains(word) ? OPT_IN : NONE;
    }

    private static Set<String> folded(String... words) {
        return Stream.of(words).map(Keyword::fold).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Upper case with Latin look-alikes read as Cyrillic, so that "CTOП" typed with a Latin C on a
     * mixed keyboard still counts.
     */
    static String fold(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            int latin = "ABCEHIKMOPTXY".indexOf(c);
            folded.append(latin >= 0 ? "АВСЕНІКМОРТХУ".charAt(latin) : c);
        }
        return folded.toString();
    }
}
