package ua.vidguk.access;

import java.util.Locale;

/**
 * What a credential may do within its scope. A coordinator is a viewer who also reports visits,
 * runs campaigns and issues staff-link codes; an admin (national only) does everything, credentials
 * included. A reporter only reports visits.
 */
public enum Role {
    REPORTER,
    VIEWER,
    COORDINATOR,
    ADMIN;

    /** Whether this role includes everything {@code needed} may do. */
    public boolean allows(Role needed) {
        return switch (this) {
            case ADMIN -> true;
            case COORDINATOR -> needed != ADMIN;
            case VIEWER, REPORTER -> needed == this;
        };
    }

    /** Spring Security's authority for the role; the role hierarchy adds what it includes. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** As the API writes it: {@code reporter}, {@code viewer}, {@code coordinator}, {@code admin}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown role '" + label + "': use reporter, viewer, coordinator or admin");
        }
    }
}
