package ua.vidguk.alert;

/** How staff see a visitor's Ukrainian number: masked unless the visitor agreed to a call. */
final class Phones {

    /** {@code +380671234512} → {@code +380 67 *** ** 12}. */
    static String masked(String e164) {
        if (!isUkrainian(e164)) {
            return "*** " + e164.substring(Math.max(0, e164.length() - 2));
        }
        return "+380 " + e164.substring(4, 6) + " *** ** " + e164.substring(11);
    }

    /** {@code +380671234512} → {@code +380 67 123 45 12}. */
    static String full(String e164) {
        if (!isUkrainian(e164)) {
            return e164;
        }
        return "+380 " + e164.substring(4, 6) + " " + e164.substring(6, 9) + " " + e164.substring(9, 11) + " "
                + e164.substring(11);
    }

    private static boolean isUkrainian(String e164) {
        return e164.startsWith("+380") && e164.length() == 13;
    }

    private Phones() {}
}
