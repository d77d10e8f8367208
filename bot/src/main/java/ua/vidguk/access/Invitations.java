package ua.vidguk.access;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * For the page an invitation's link opens ({@code /invite/<token>}): whom the link invites, and
 * setting that person's password. The link works once, until {@code
 * vidguk.credentials.invite-validity} ends or a newer invitation replaces it.
 */
@Service
public class Invitations {

    /** What came of a password typed on the invitation's page. */
    public enum Outcome {
        SET,
        TOO_SHORT,
        NOT_THE_SAME,
        LINK_CLOSED
    }

    private final AccountPasswords passwords;

    Invitations(AccountPasswords passwords) {
        this.passwords = passwords;
    }

    public static int minLength() {
        return AccountPasswords.MIN_LENGTH;
    }

    /** The invited person's name, while the link is open. */
    public Optional<String> invitedName(String token) {
        return passwords.invited(token).map(Account::name);
    }

    public Outcome setPassword(String token, String password, String repeated) {
        if (password.length() < AccountPasswords.MIN_LENGTH) {
            return Outcome.TOO_SHORT;
        }
        if (!password.equals(repeated)) {
            return Outcome.NOT_THE_SAME;
        }
        return passwords.setPassword(token, password) ? Outcome.SET : Outcome.LINK_CLOSED;
    }
}
