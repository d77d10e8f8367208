package ua.vidguk.limits;

/** Who opens an anonymous survey, as far as a limit can tell; each kind has its own hourly limit. */
public enum EntryKind {
    /** A browser, known by its client address ({@code vidguk.limits.web-per-hour}). */
    WEB_ADDRESS("w"),
    /** A messenger account, e.g. {@code telegram:123} ({@code vidguk.limits.messenger-per-hour}). */
    MESSENGER("m");

    private final String key;

    EntryKind(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
