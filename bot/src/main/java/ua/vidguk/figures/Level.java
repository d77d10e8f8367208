package ua.vidguk.figures;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the ratings rate: centres, cities, regions, or the country as a whole. */
public enum Level {
    CENTRE,
    CITY,
    REGION,
    COUNTRY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> parse(String text) {
        return Arrays.stream(values()).filter(level -> level.key().equals(text)).findFirst();
    }
}
