package ua.vidguk.access;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, once signed in: the principal of every authenticated request, API and console
 * alike. Controllers take it as {@code @AuthenticationPrincipal Caller caller} and keep to its
 * scope: a single resource outside it is "not found" (its existence is not told), lists leave it
 * out; what the role may do at all is the security chain's rule (see {@code docs/access.md}).
 *
 * @param id the credential's id: {@code key:<id>}, {@code account:<email>} or {@code admin-token}
 * @param name what people call it, for audit entries and the console's header
 */
public record Caller(String id, String name, Kind kind, Role role, AccessScope scope) {

    public enum Kind {
        ADMIN_TOKEN,
        KEY,
        ACCOUNT
    }

    /** The bootstrap admin token: national, everything. */
    public static final Caller ADMIN_TOKEN =
            new Caller("admin-token", "admin token", Kind.ADMIN_TOKEN, Role.ADMIN, AccessScope.NATIONAL);

    public boolean can(Role needed) {
        return role.allows(needed);
    }

    /** Whether this centre, in this region, is the caller's to see. */
    public boolean sees(String cnapCode, @Nullable String region) {
        return scope.covers(cnapCode, region);
    }

    /** The caller of the current request, if one signed in (for code that has no controller argument). */
    public static @Nullable Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller : null;
    }
}
