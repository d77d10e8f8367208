package ua.vidguk.access;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may hand out which credential: an admin anything; a coordinator a reporter, viewer or
 * coordinator credential for its own scope or a narrower one inside it. Only an admin makes admins,
 * and an admin is national.
 */
@Component
public class Grants {

    private final CentreRegions regions;

    Grants(CentreRegions regions) {
        this.regions = regions;
    }

    /**
     * @throws ResponseStatusException 422 for a role and scope that do not go together, 403 for
     *     what the caller may not give
     */
    public void check(Caller granter, Role role, AccessScope scope) {
        if (role == Role.ADMIN && !scope.national()) {
            throw new ResponseStatusException(
                    HttpStatus.UNPROCESSABLE_CONTENT, "An admin is national: scope must be national");
        }
        if (!granter.can(Role.ADMIN)
                && (role == Role.ADMIN
                        || !granter.can(Role.COORDINATOR)
                        || !granter.scope().includes(scope, regions::regionOf))) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "A " + granter.role().label() + " for " + granter.scope() + " cannot give a " + role.label()
                            + " for " + scope);
        }
    }

    /** Whether a credential of this scope is within what the caller oversees (to list or revoke it). */
    public boolean oversees(Caller caller, AccessScope scope) {
        return caller.can(Role.ADMIN)
                || (caller.can(Role.COORDINATOR) && caller.scope().includes(scope, regions::regionOf));
    }
}
