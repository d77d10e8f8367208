package ua.vidguk.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each console request of an account's session asks {@link Credentials}, in memory, for the
 * account as it is now: a disabled account's session ends at its next request (within the
 * credentials' refresh on other instances), and a changed role or scope applies at once.
 */
class AccountSessionCheck extends OncePerRequestFilter {

    private final Credentials credentials;

    AccountSessionCheck(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller signedIn = Caller.current();
        if (signedIn != null && signedIn.kind() == Caller.Kind.ACCOUNT) {
            var now = credentials.account(signedIn.id().substring(Account.ID_PREFIX.length()));
            var context = SecurityContextHolder.createEmptyContext();
            if (now.isPresent()) {
                // For this request only: the session keeps what it stored, and is checked again next time.
                context.setAuthentication(BearerTokenFilter.authenticated(now.get()));
            } else {
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
