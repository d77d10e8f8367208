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

    /** An account name longer than this is not one. */
    private static final int LONGEST_NAME = 254;

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final String NOT_AN_ACCOUNT = "(not an account name)";

    private static final Logger log = LoggerFactory.getLogger(FailedSignIns.class);

    private final AuditTrail trail;

    FailedSignIns(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(SignInFailed event) {
        String who = event.who().isBlank() ? ANONYMOUS : accountName(event.who().strip());
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

    // Accounts are e-mail addresses. Whatever else was typed in the name field may be a password
    // typed one field too early: it is not kept.
    private static String accountName(String typed) {
        return typed.length() <= LONGEST_NAME && EMAIL.matcher(typed).matches() ? typed : NOT_AN_ACCOUNT;
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
