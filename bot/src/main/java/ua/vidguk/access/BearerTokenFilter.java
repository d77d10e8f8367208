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
 * Authenticates {@code Authorization: Bearer <token>} against the national coordinator's token.
 * Whether a request needs it at all is the security chain's decision, not this filter's; a wrong
 * token is counted against the client's address, and an address over its limit is answered 429
 * before its token is even compared.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String NATIONAL_COORDINATOR = "ROLE_NATIONAL_COORDINATOR";
    private static final String PREFIX = "Bearer ";

    private final AdminToken adminToken;
    private final FailedAttempts failures;
    private final Problems problems;

    BearerTokenFilter(AdminToken adminToken, FailedAttempts failures, Problems problems) {
        this.adminToken = adminToken;
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
            if (adminToken.matches(header.substring(PREFIX.length()).strip())) {
                var authentication = UsernamePasswordAuthenticationToken.authenticated(
                        "national-coordinator", null, List.of(new SimpleGrantedAuthority(NATIONAL_COORDINATOR)));
                SecurityContextHolder.getContext().setAuthentication(authentication);
            } else {
                failures.failed(request.getRemoteAddr(), "bearer token");
            }
        }
        chain.doFilter(request, response);
    }
}
