package ua.vidguk.contact;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.regex.Pattern;

/**
 * Hides the phone numbers a visitor typed into a comment ("call me on 067 123 45 67") before the
 * comment is kept for reports, and in a case's text once its details are no longer needed
 * ({@link #maskAll} hides e-mail addresses too). libphonenumber finds numbers as people write them, with or
 * without the country code (Ukrainian by default); what it does not take for a number but still
 * looks like one (nine digits or more, with the usual separators) is hidden too. Shorter runs of
 * digits ("waited 45 minutes", "window 12", a year) are left alone.
 */
public final class PhoneMask {

    public static final String HIDDEN = "[номер приховано]";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    public static final String EMAIL_HIDDEN = "[адресу приховано]";
    private static final Pattern EMAIL =
            Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\d(?:[\\s().-]{0,2}\\d){8,}");

    private PhoneMask() {}

    /** The text with its phone numbers and e-mail addresses hidden. */
    public static String maskAll(String text) {
        return mask(EMAIL.matcher(text).replaceAll(EMAIL_HIDDEN));
    }

    /** The text with its phone numbers hidden. */
    public static String mask(String text) {
        StringBuilder masked = new StringBuilder();
        int done = 0;
        for (var found : UTIL.findNumbers(text, "UA", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            masked.append(text, done, found.start()).append(HIDDEN);
            done = found.end();
        }
        masked.append(text.substring(done));
        return DIGIT_RUN.matcher(masked).replaceAll(HIDDEN);
    }
}
