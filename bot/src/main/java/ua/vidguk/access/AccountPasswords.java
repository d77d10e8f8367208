package ua.vidguk.access;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Passwords of accounts: set through a one-time invitation, checked at the console's sign-in. Only
 * these two read the stored password or invitation; requests after sign-in ask {@link Credentials},
 * in memory.
 */
@Component
class AccountPasswords {

    static final int MIN_LENGTH = 12;

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    // Compared against when the account does not exist, so that the answer's timing does not tell.
    private final String nobody = encoder.encode("no account has this password");
    private final MongoTemplate mongo;
    private final Credentials credentials;
    private final Clock clock;

    AccountPasswords(MongoTemplate mongo, Credentials credentials, Clock clock) {
        this.mongo = mongo;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** The account an invitation token opens, while it is open (not used, expired, replaced or disabled). */
    Optional<Account> invited(String token) {
        return mongo.find(query(where("inviteHash").is(Credentials.hash(token))), Account.class).stream()
                .filter(account -> account.active() && account.invitePendingAt(clock.instant()))
                .findFirst();
    }

    /** Sets the password and closes the invitation, in one guarded write; false when the invitation is not open. */
    boolean setPassword(String token, String password) {
        if (password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MIN_LENGTH + " characters");
        }
        var open = query(where("inviteHash")
                .is(Credentials.hash(token))
                .and("inviteExpiresAt")
                .gt(clock.instant())
                .and("disabledAt")
                .is(null));
        boolean set = mongo.updateFirst(
                                open,
                                new Update()
                                        .set("passwordHash", encoder.encode(password))
                                        .unset("inviteHash")
                                        .unset("inviteExpiresAt"),
                                Account.class)
                        .getModifiedCount()
                == 1;
        if (set) {
            credentials.changed();
        }
        return set;
    }

    /** The caller an email and password stand for; empty when they are wrong or the account is disabled. */
    Optional<Caller> signIn(String email, String password) {
        Account account = mongo.findById(email.strip().toLowerCase(java.util.Locale.ROOT), Account.class);
        if (account == null || account.passwordHash() == null) {
            encoder.matches(password, nobody);
            return Optional.empty();
        }
        if (!encoder.matches(password, account.passwordHash()) || !account.active()) {
            return Optional.empty();
        }
        mongo.updateFirst(
                query(where("_id").is(account.id())), new Update().set("lastSignInAt", clock.instant()), Account.class);
        return Optional.of(account.caller());
    }
}
