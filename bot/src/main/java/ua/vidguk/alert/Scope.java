package ua.vidguk.alert;

import org.jspecify.annotations.Nullable;

/**
 * Whose staff chat: a centre's, a region's, or the ministry's (national). Stored as its key:
 * {@code cnap:<code>}, {@code region:<code>}, {@code national}.
 */
record Scope(Level level, @Nullable String code) {

    enum Level {
        CNAP,
        REGION,
        NATIONAL
    }

    static final Scope NATIONAL = new Scope(Level.NATIONAL, null);

    static Scope cnap(String code) {
        return new Scope(Level.CNAP, code);
    }

    static Scope region(String code) {
        return new Scope(Level.REGION, code);
    }

    String key() {
        return level == Level.NATIONAL ? "national" : level.name().toLowerCase(java.util.Locale.ROOT) + ":" + code;
    }

    static Scope parse(String key) {
        if (key.equals("national")) {
            return NATIONAL;
        }
        int colon = key.indexOf(':');
        return new Scope(
                Level.valueOf(key.substring(0, colon).toUpperCase(java.util.Locale.ROOT)), key.substring(colon + 1));
    }

    /** Whether a case of this centre and region is within the scope. */
    boolean covers(String cnapCode, @Nullable String region) {
        return switch (level) {
            case CNAP -> cnapCode.equals(code);
            case REGION -> code.equals(region);
            case NATIONAL -> true;
        };
    }
}
