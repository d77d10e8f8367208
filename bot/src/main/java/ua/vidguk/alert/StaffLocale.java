package ua.vidguk.alert;

/** The language of every text staff see, whoever renders it. */
final class StaffLocale {

    static final String UKRAINIAN = "uk";

    private StaffLocale() {}
}
