package ua.vidguk.access;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the credential is, its role and scope. Any signed-in caller. */
@RestController
class MeController {

    record Me(String id, String name, String kind, String role, String scope) {}

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal Caller caller) {
        return new Me(
                caller.id(),
                caller.name(),
                caller.kind().name().toLowerCase(java.util.Locale.ROOT),
                caller.role().label(),
                caller.scope().toString());
    }
}
