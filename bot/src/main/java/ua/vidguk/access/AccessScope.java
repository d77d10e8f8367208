package ua.vidguk.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How much of the country a credential sees: some centres, one region (its ISO 3166-2:UA code), or
 * the whole country. Written as {@code national}, {@code region:UA-74} or {@code
 * cnaps:0001,0002}, in the API and in the database alike.
 */
public record AccessScope(Level level, SortedSet<String> codes) {

    public enum Level {
        CNAPS,
        REGION,
        NATIONAL
    }

    private static final Pattern REGION_CODE = Pattern.compile("UA-\\d{2}");

    public static final AccessScope NATIONAL = new AccessScope(Level.NATIONAL, new TreeSet<>());

    public AccessScope {
        codes = new TreeSet<>(codes);
        if ((level == Level.NATIONAL) != codes.isEmpty() || (level == Level.REGION && codes.size() != 1)) {
            throw new IllegalArgumentException("a " + level + " scope with codes " + codes);
        }
    }

    public static AccessScope region(String code) {
        if (!REGION_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a region code such as UA-74");
        }
        return new AccessScope(Level.REGION, new TreeSet<>(Set.of(code)));
    }

    public static AccessScope cnaps(Collection<String> codes) {
        if (codes.isEmpty() || codes.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a centres scope names at least one centre code");
        }
        return new AccessScope(Level.CNAPS, new TreeSet<>(codes));
    }

    /** Reads {@code national}, {@code region:UA-74} or {@code cnaps:0001,0002}. */
    public static AccessScope parse(String text) {
        String value = text.strip();
        if (value.equals("national")) {
            return NATIONAL;
        }
        if (value.startsWith("region:")) {
            return region(value.substring("region:".length()).strip());
        }
        if (value.startsWith("cnaps:")) {
            return cnaps(Arrays.stream(value.substring("cnaps:".length()).split(","))
                    .map(String::strip)
                    .toList());
        }
        throw new IllegalArgumentException(
                "unknown scope '" + text + "': use national, region:UA-74 or cnaps:<code>[,<code>…]");
    }

    @Override
    public String toString() {
        return switch (level) {
            case NATIONAL -> "national";
            case REGION -> "region:" + region();
            case CNAPS -> "cnaps:" + String.join(",", codes);
        };
    }

    public boolean national() {
        return level == Level.NATIONAL;
    }

    /** The region of a region scope; null otherwise. */
    public @Nullable String region() {
        return level == Level.REGION ? codes.first() : null;
    }

    /** Whether this centre, in this region, is within the scope. */
    public boolean covers(String cnapCode, @Nullable String region) {
        return switch (level) {
            case NATIONAL -> true;
            case REGION -> codes.first().equals(region);
            case CNAPS -> codes.contains(cnapCode);
        };
    }

    /**
     * Whether this centre is within the scope, asking {@code regionOf} (null for a centre that does
     * not exist) only when a region scope needs to know: a centres' or national scope answers from
     * itself, with no look-up.
     */
    public boolean coversCentre(String cnapCode, Function<String, @Nullable String> regionOf) {
        return switch (level) {
            case NATIONAL -> true;
            case REGION -> codes.first().equals(regionOf.apply(cnapCode));
            case CNAPS -> codes.contains(cnapCode);
        };
    }

    /** Whether the whole region is within the scope. */
    public boolean coversRegion(String region) {
        return level == Level.NATIONAL
                || (level == Level.REGION && codes.first().equals(region));
    }

    /**
     * Whether everything {@code other} sees is within this scope. {@code regionOf} tells a centre's
     * region (null for a centre that does not exist), for a region holding a list of centres.
     */
    public boolean includes(AccessScope other, Function<String, @Nullable String> regionOf) {
        return switch (level) {
            case NATIONAL -> true;
            case REGION ->
                other.level == Level.REGION
                        ? other.codes.equals(codes)
                        : other.level == Level.CNAPS
                                && other.codes.stream()
                                        .allMatch(code -> codes.first().equals(regionOf.apply(code)));
            case CNAPS -> other.level == Level.CNAPS && codes.containsAll(other.codes);
        };
    }
}
