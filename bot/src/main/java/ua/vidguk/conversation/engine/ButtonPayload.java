package ua.vidguk.conversation.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a messenger button sends back: {@code @<questionId>:<answer>}, e.g. {@code @overall:5},
 * {@code @received:no}, {@code @problem:payment}, and {@code @comment:} (an empty answer) for "skip".
 *
 * <p>The question id makes a tap on an old message's button recognisable, so it is ignored rather
 * than taken as the answer to whatever is being asked now. The {@code @} and the lower-case Latin
 * ids keep typed text from being mistaken for a payload. The answer is already canonical, and at most
 * about 60 bytes fit Telegram's 64-byte {@code callback_data}.
 */
record ButtonPayload(String questionId, String answer) {

    private static final Pattern FORMAT = Pattern.compile("@([a-z][a-z0-9-]*):([a-z0-9-]*)");

    static Optional<ButtonPayload> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip());
        return matcher.matches()
                ? Optional.of(new ButtonPayload(matcher.group(1), matcher.group(2)))
                : Optional.empty();
    }

    String text() {
        return "@" + questionId + ":" + answer;
    }
}
