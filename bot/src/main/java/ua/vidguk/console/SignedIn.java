package ua.vidguk.console;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ua.vidguk.access.AccessScope;
import ua.vidguk.access.Caller;
import ua.vidguk.access.Role;
import ua.vidguk.cnap.Regions;

/** Who is signed in, in the words of the console's header and front page. */
@Component
class SignedIn {

    private final Regions regions;

    SignedIn(Regions regions) {
        this.regions = regions;
    }

    /**
     * The values every page gets: {@code who} (name, role, scope), {@code admin}, and {@code
     * centreHead} (a centre's viewer, who alone sees its administrators); none before sign-in.
     */
    Map<String, Object> values(@Nullable Caller caller) {
        Map<String, Object> values = new HashMap<>();
        if (caller != null) {
            values.put(
                    "who", Map.of("name", caller.name(), "role", role(caller.role()), "scope", scope(caller.scope())));
            values.put("admin", caller.can(Role.ADMIN));
            values.put("centreHead", caller.can(Role.VIEWER) && caller.scope().level() == AccessScope.Level.CNAPS);
        }
        return values;
    }

    static String role(Role role) {
        return switch (role) {
            case REPORTER -> "повідомляє про візити";
            case VIEWER -> "перегляд";
            case COORDINATOR -> "координатор";
            case ADMIN -> "адміністратор";
        };
    }

    String scope(AccessScope scope) {
        return switch (scope.level()) {
            case NATIONAL -> "уся країна";
            case REGION -> {
                String code = java.util.Objects.requireNonNull(scope.region());
                yield regions.find(code)
                        .map(region -> region.nameUk() + " (" + code + ")")
                        .orElse(code);
            }
            case CNAPS -> (scope.codes().size() == 1 ? "ЦНАП " : "ЦНАП: ") + String.join(", ", scope.codes());
        };
    }
}
