package ua.vidguk.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import ua.vidguk.access.Audited;
import ua.vidguk.access.Caller;

/**
 * Records each call of an {@link Audited} controller method that answered below 400, after it
 * answered: a refused or failed call changed nothing worth recording (failed sign-ins have their
 * own entry). The path is the only trace of the target; bodies and query strings are never read.
 */
class AuditedCalls implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditedCalls.class);

    private final AuditTrail trail;
    private final Clock clock;

    AuditedCalls(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception failure) {
        if (!(handler instanceof HandlerMethod method) || failure != null || response.getStatus() >= 400) {
            return;
        }
        Audited audited = method.getMethodAnnotation(Audited.class);
        Caller caller = Caller.current();
        if (audited == null || caller == null) {
            return;
        }
        Instant now = clock.instant();
        try {
            trail.record(new AuditEntry(
                    AuditEntry.newId(now),
                    now,
                    caller.id(),
                    caller.name(),
                    caller.role().label(),
                    caller.scope().toString(),
                    audited.value(),
                    request.getMethod(),
                    request.getRequestURI(),
                    response.getStatus(),
                    request.getRemoteAddr(),
                    null));
        } catch (RuntimeException e) {
            // The call has been answered and done: a lost entry is logged loudly, not turned into an error.
            log.error(
                    "Audit entry {} by {} on {} was not recorded",
                    audited.value(),
                    caller.id(),
                    request.getRequestURI(),
                    e);
        }
    }
}
