package ua.vidguk.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ua.vidguk.access.SignInFailed;

/**
 * Records a wrong credential as {@code sign-in.failed}: the account name typed (or {@code
 * anonymous} for a bearer token) and which kind failed, never what was presented as the secret.
 * The event comes inside the request, so its method and path are at hand. The sign-in throttle
 * bounds how many entries one address can cause.
 */
@Component
class FailedSignIns {

    static final String ACTION = "sign-in.failed";
    static final String ANONYMOUS = "anonymous";

    /** An account name longer than this is not one: what was typed is cut, not stored whole. */
    private static final int LONGEST_NAME = 254;

    private static final Logger log = LoggerFactory.getLogger(FailedSignIns.class);

    private final AuditTrail trail;

    FailedSignIns(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(SignInFailed event) {
        String who = event.who().isBlank() ? ANONYMOUS : cut(event.who().strip());
        HttpServletRequest request = currentRequest();
        try {
            trail.record(new AuditEntry(
                    AuditEntry.newId(event.at()),
                    event.at(),
                    who,
                    who,
                    null,
                    null,
                    ACTION,
                    request == null ? "" : request.getMethod(),
                    request == null ? "" : request.getRequestURI(),
                    null,
                    event.address(),
                    event.what()));
        } catch (RuntimeException e) {
            log.error("A failed {} from {} was not recorded in the audit trail", event.what(), event.address(), e);
        }
    }

    private static String cut(String name) {
        return name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME) + "…";
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
