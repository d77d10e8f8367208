package ua.vidguk.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Objects;

/**
 * A visitor's mobile number in E.164 ({@code +380671234512}). Personal data: {@link #toString()}
 * and {@link #masked()} show only the operator code and the last two digits.
 */
public final class PhoneNumber {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "UA";
    // What people put between digits. libphonenumber would also read letters as keypad digits
    // (+38067ABC4567 as +380672224567): a typo would then send a survey to a stranger.
    private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile("\\+?[0-9 ()\\-.]+");

    private final Phonenumber.PhoneNumber parsed;
    private final String e164;

    private PhoneNumber(Phonenumber.PhoneNumber parsed) {
        this.parsed = parsed;
        this.e164 = UTIL.format(parsed, PhoneNumberFormat.E164);
    }

    /**
     * Reads a number as people write it ({@code 067 123 45 12}, {@code +38 (067) 123-45-12});
     * numbers without a country code are taken as Ukrainian.
     *
     * @throws InvalidPhoneNumber with a reason fit to show the one who sent it
     */
    public static PhoneNumber parseMobile(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPhoneNumber("the phone number is missing");
        }
        if (!WRITTEN.matcher(text.strip()).matches()) {
            throw new InvalidPhoneNumber(
                    "a phone number is digits only (with +, spaces, dashes or brackets), not letters");
        }
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(text.strip(), DEFAULT_REGION);
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumber("not a phone number");
        }
        if (!UTIL.isValidNumber(parsed)) {
            throw new InvalidPhoneNumber("not a valid phone number");
        }
        PhoneNumberType type = UTIL.getNumberType(parsed);
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            throw new InvalidPhoneNumber("not a mobile number, so it cannot receive an SMS");
        }
        return new PhoneNumber(parsed);
    }

    /** The number in E.164, for providers and storage; never for logs. */
    public String e164() {
        return e164;
    }

    /**
     * The number as staff and logs may see it: {@code +380 67 *** ** 12}. Worked out when asked,
     * not when parsed: finding the operator code is libphonenumber's slowest step, and most
     * numbers parsed on a reply are never shown.
     */
    public String masked() {
        return mask(parsed);
    }

    private static String mask(Phonenumber.PhoneNumber parsed) {
        String national = UTIL.getNationalSignificantNumber(parsed);
        int operatorDigits = Math.max(0, UTIL.getLengthOfNationalDestinationCode(parsed));
        String operator = national.substring(0, operatorDigits);
        int hidden = national.length() - operatorDigits - 2;
        String stars = hidden > 3 ? "*".repeat(3) + " " + "*".repeat(hidden - 3) : "*".repeat(Math.max(hidden, 0));
        return "+" + parsed.getCountryCode() + " " + (operator.isEmpty() ? "" : operator + " ") + stars + " "
                + national.substring(national.length() - 2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && e164.equals(that.e164);
    }

    @Override
    public int hashCode() {
        return Objects.hash(e164);
    }

    @Override
    public String toString() {
        return masked();
    }
}
