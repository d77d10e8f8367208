package ua.vidguk.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The console's sign-in form, throttled like the bearer API: an address over its limit of wrong
 * tokens gets 429 and a page that says when to try again, before its token is compared.
 */
class SignInThrottle extends OncePerRequestFilter {

    private final FailedAttempts failures;
    private final String signIn;

    SignInThrottle(FailedAttempts failures, String signIn) {
        this.failures = failures;
        this.signIn = signIn;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !signIn.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wait = failures.waitFor(request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = wait.get().toMinutes() + 1;
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds() + 1));
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.getOutputStream()
                .write(
                        ("<!doctype html><html lang=\"uk\"><meta charset=\"utf-8\"><title>Відгук — забагато спроб</title>"
                                        + "<h1>Забагато невдалих спроб входу</h1><p>Спробуйте знову за " + minutes
                                        + " хв.</p>"
                                        + "<p><a href=\"" + signIn
                                        + "\">До входу</a></p></html>")
                                .getBytes(StandardCharsets.UTF_8));
    }
}
