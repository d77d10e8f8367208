package ua.vidguk.access;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The least role each call needs, in one table: the security chain enforces it, the API
 * description shows it, docs/access.md explains it. Scope is each feature's own check (a centre
 * outside the caller's scope is "not found"). The first matching rule wins; a path no rule names
 * is the admin's alone, so nothing is opened by accident.
 */
public final class AccessRules {

    /**
     * @param method null for every method
     * @param role null for any signed-in caller
     */
    public record Rule(
            @Nullable HttpMethod method,
            String pattern,
            @Nullable Role role) {}

    public static final List<Rule> API = List.of(
            new Rule(POST, "/api/v1/visits", Role.REPORTER),
            new Rule(POST, "/api/v1/visits/import", Role.REPORTER),
            new Rule(GET, "/api/v1/cnaps", Role.VIEWER),
            // Printable material, for anyone signed in whose scope covers the centre or the whole
            // region (the controller's check): a centre's own staff print their own poster.
            new Rule(GET, "/api/v1/cnaps/*/qr.svg", null),
            new Rule(GET, "/api/v1/cnaps/*/qr.png", null),
            new Rule(GET, "/api/v1/cnaps/*/poster.pdf", null),
            new Rule(GET, "/api/v1/regions/*/posters.zip", null),
            new Rule(GET, "/api/v1/regions", Role.VIEWER),
            new Rule(PUT, "/api/v1/cnaps", Role.COORDINATOR),
            new Rule(GET, "/api/v1/cases", Role.VIEWER),
            new Rule(GET, "/api/v1/responses", Role.VIEWER),
            new Rule(GET, "/api/v1/campaigns/**", Role.VIEWER),
            new Rule(GET, "/api/v1/campaigns", Role.VIEWER),
            new Rule(POST, "/api/v1/campaigns", Role.COORDINATOR),
            new Rule(POST, "/api/v1/campaigns/*/*", Role.COORDINATOR),
            new Rule(POST, "/api/v1/staff-link-code", Role.COORDINATOR),
            new Rule(POST, "/api/v1/cnaps/*/staff-link-code", Role.COORDINATOR),
            new Rule(POST, "/api/v1/regions/*/staff-link-code", Role.COORDINATOR),
            new Rule(null, "/api/v1/access-keys", Role.COORDINATOR),
            new Rule(null, "/api/v1/access-keys/**", Role.COORDINATOR),
            new Rule(null, "/api/v1/accounts", Role.COORDINATOR),
            new Rule(null, "/api/v1/accounts/**", Role.COORDINATOR),
            new Rule(GET, "/api/v1/ratings", Role.VIEWER),
            // The centre's own head only: the controller refuses region and national scopes.
            new Rule(GET, "/api/v1/ratings/administrators", Role.VIEWER),
            new Rule(GET, "/api/v1/reports/**", Role.VIEWER),
            new Rule(GET, "/api/v1/me", null),
            new Rule(GET, "/api/v1/audit", Role.ADMIN));

    private AccessRules() {}

    /** The rule for a call, for the API description; the admin's when none names it. */
    public static Rule of(HttpMethod method, String path) {
        var container = PathContainer.parsePath(path);
        return API.stream()
                .filter(rule -> (rule.method() == null || rule.method().equals(method))
                        && PathPatternParser.defaultInstance
                                .parse(rule.pattern())
                                .matches(container))
                .findFirst()
                .orElse(new Rule(method, path, Role.ADMIN));
    }
}
