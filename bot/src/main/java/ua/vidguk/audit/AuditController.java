package ua.vidguk.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for admins (the role is the security chain's rule, see {@code AccessRules}). */
@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Entries newest first.
     *
     * @param from entries at or after this instant
     * @param to entries before this instant
     * @param action e.g. {@code access-key.issued}, {@code sign-in.failed}
     * @param actor the credential's id ({@code admin-token}, {@code key:<id>}, {@code account:<email>})
     *     or, for failed sign-ins, the account name typed
     */
    @GetMapping("/api/v1/audit")
    List<AuditEntry> list(
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return trail.find(from, to, action, actor, limit);
    }
}
