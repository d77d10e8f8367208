package ua.vidguk.stafflink;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whose staff chat: a centre's, a region's, or the ministry's (national). Stored as its key:
 * {@code cnap:<code>}, {@code region:<code>}, {@code national}; other features key their own
 * per-scope records (counts, figures) by it too.
 */
public record Scope(Level level, @Nullable String code) {

    /** How wide a scope is. */
    public enum Level {
        CNAP,
        REGION,
        NATIONAL
    }

    public static final Scope NATIONAL = new Scope(Level.NATIONAL, null);

    public static Scope cnap(String code) {
        return new Scope(Level.CNAP, code);
    }

    public static Scope region(String code) {
        return new Scope(Level.REGION, code);
    }

    public String key() {
        return level == Level.NATIONAL ? "national" : level.name().toLowerCase(Locale.ROOT) + ":" + code;
    }

    public static Scope parse(String key) {
        if (key.equals("national")) {
            return NATIONAL;
        }
        int colon = key.indexOf(':');
        return new Scope(Level.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT)), key.substring(colon + 1));
    }

    /** Whether a case of this centre and region is within the scope. */
    public boolean covers(String cnapCode, @Nullable String region) {
        return switch (level) {
            case CNAP -> cnapCode.equals(code);
            case REGION -> code.equals(region);
            case NATIONAL -> true;
        };
    }
}
