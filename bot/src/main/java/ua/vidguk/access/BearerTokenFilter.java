package ua.vidguk.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>}: an API key, or the bootstrap admin token.
 * Whether a request needs it at all is the security chain's decision, not this filter's; a wrong
 * token is counted against the client's address, and an address over its limit is answered 429
 * before its token is even compared.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final Credentials credentials;
    private final FailedAttempts failures;
    private final Problems problems;

    BearerTokenFilter(Credentials credentials, FailedAttempts failures, Problems problems) {
        this.credentials = credentials;
        this.failures = failures;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            var wait = failures.waitFor(request.getRemoteAddr());
            if (wait.isPresent()) {
                response.setHeader(
                        HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds() + 1));
                problems.write(
                        request,
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "Too many wrong tokens from this address; try again after Retry-After seconds.");
                return;
            }
            var caller = credentials.bearer(header.substring(PREFIX.length()).strip());
            if (caller.isPresent()) {
                SecurityContextHolder.getContext().setAuthentication(authenticated(caller.get()));
            } else {
                failures.failed(request.getRemoteAddr(), "bearer token");
            }
        }
        chain.doFilter(request, response);
    }

    static UsernamePasswordAuthenticationToken authenticated(Caller caller) {
        return UsernamePasswordAuthenticationToken.authenticated(
                caller, null, List.of(new SimpleGrantedAuthority(caller.role().authority())));
    }
}
