package ua.vidguk.channel;

/**
 * How many paid SMS parts a text costs. A text in the GSM 7-bit alphabet fits 160 characters in one
 * part and 153 per part when split; anything else (Cyrillic, emoji) goes as UCS-2: 70 in one part,
 * 67 per part when split, counted in UTF-16 units, so an emoji counts twice.
 */
public final class SmsSegments {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

    private SmsSegments() {}

    /** The number of parts; an empty text still costs one. */
    public static int count(String text) {
        if (isGsm(text)) {
            int septets = text.length()
                    + (int) text.chars()
                            .filter(c -> GSM_EXTENDED.indexOf(c) >= 0)
                            .count();
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = text.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }

    /** Whether the text travels in the cheaper 7-bit alphabet. */
    public static boolean isGsm(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENDED.indexOf(c) >= 0);
    }
}
