package ua.vidguk.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the national coordinator's token.
 * Whether a request needs it at all is the security chain's decision, not this filter's.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String NATIONAL_COORDINATOR = "ROLE_NATIONAL_COORDINATOR";
    private static final String PREFIX = "Bearer ";

    private final AdminToken adminToken;

    BearerTokenFilter(AdminToken adminToken) {
        this.adminToken = adminToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null
                && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                && adminToken.matches(header.substring(PREFIX.length()).strip())) {
            var authentication = UsernamePasswordAuthenticationToken.authenticated(
                    "national-coordinator", null, List.of(new SimpleGrantedAuthority(NATIONAL_COORDINATOR)));
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }
}
