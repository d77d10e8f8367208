package ua.vidguk.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The console's sign-in form: an email and the account's password, or no email and the admin
 * token (the bootstrap credential, so that the first accounts can be invited). A wrong password, an
 * unknown email and a disabled account get the same answer.
 */
class ConsoleSignIn implements AuthenticationProvider {

    private final AdminToken adminToken;
    private final AccountPasswords passwords;

    ConsoleSignIn(AdminToken adminToken, AccountPasswords passwords) {
        this.adminToken = adminToken;
        this.passwords = passwords;
    }

    /** An account is named by its email; anything else (or nothing) means the admin token. */
    static boolean namesAnAccount(String who) {
        return who.contains("@");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String who =
                authentication.getName() == null ? "" : authentication.getName().strip();
        Object secret = authentication.getCredentials();
        String presented = secret == null ? "" : secret.toString();
        if (namesAnAccount(who)) {
            return passwords
                    .signIn(who, presented)
                    .map(BearerTokenFilter::authenticated)
                    .orElseThrow(() -> new BadCredentialsException("Wrong email or password"));
        }
        if (!adminToken.matches(presented.strip())) {
            throw new BadCredentialsException("Wrong admin token");
        }
        return BearerTokenFilter.authenticated(Caller.ADMIN_TOKEN);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
