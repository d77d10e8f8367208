package ua.vidguk.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a missing or wrong token with 401, and a signed-in caller whose role lacks the right with
 * 403, each with an RFC 9457 problem like every other API error.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;

    ProblemAuthenticationEntryPoint(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        unauthorized(request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        // An anonymous request never gets here (it is sent to commence), but a caller may be gone.
        Caller caller = Caller.current();
        if (caller == null) {
            unauthorized(request, response);
            return;
        }
        problems.write(
                request, response, HttpStatus.FORBIDDEN, "A " + caller.role().label() + " may not make this call.");
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        problems.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "A valid 'Authorization: Bearer <token>' header is required.");
    }
}
