package ua.vidguk.access;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Invites, lists, re-invites and disables people's accounts. The invitation's token is shown once
 * (in its link) and only its hash is kept; a new invitation replaces the old one, which is also how
 * a forgotten password is reset (the old password works until the new one is set).
 */
@Service
class Accounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final MongoTemplate mongo;
    private final Credentials credentials;
    private final Grants grants;
    private final AccessProperties.Credentials settings;
    private final Clock clock;

    Accounts(MongoTemplate mongo, Credentials credentials, Grants grants, AccessProperties properties, Clock clock) {
        this.mongo = mongo;
        this.credentials = credentials;
        this.grants = grants;
        this.settings = properties.credentials();
        this.clock = clock;
    }

    /** An account with the one time its invitation's token is seen. */
    record Invited(String token, Account account) {}

    Invited invite(Caller granter, String email, String name, Role role, AccessScope scope) {
        grants.check(granter, role, scope);
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        String token = token();
        Instant now = clock.instant();
        var account = new Account(
                normalized(email),
                name.strip(),
                role,
                scope.toString(),
                null,
                Credentials.hash(token),
                now.plus(settings.inviteValidity()),
                now,
                granter.id(),
                null,
                null);
        try {
            mongo.insert(account);
        } catch (DuplicateKeyException exists) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "There is an account for this email already");
        }
        credentials.changed();
        return new Invited(token, account);
    }

    List<Account> visibleTo(Caller caller) {
        return mongo.find(new Query().with(Sort.by("createdAt")), Account.class).stream()
                .filter(account -> oversees(caller, account))
                .toList();
    }

    /** A new invitation; the old link stops working. Empty when the caller does not oversee the account. */
    Optional<Invited> reinvite(Caller caller, String email) {
        Optional<Account> found = overseen(caller, email);
        if (found.isPresent() && !found.get().active()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The account is disabled");
        }
        return found.map(account -> {
            String token = token();
            Instant expires = clock.instant().plus(settings.inviteValidity());
            mongo.findAndModify( // guarded: an update with this filter scans on the embedded store
                    query(where("_id").is(account.id()).and("disabledAt").is(null)),
                    new Update().set("inviteHash", Credentials.hash(token)).set("inviteExpiresAt", expires),
                    Account.class);
            return new Invited(token, mongo.findById(account.id(), Account.class));
        });
    }

    /** Disables at once: its sessions stop at their next request (here) or within a refresh (elsewhere). */
    Optional<Account> disable(Caller caller, String email) {
        return overseen(caller, email).map(account -> {
            mongo.updateFirst(
                    query(where("_id").is(account.id())),
                    new Update().min("disabledAt", clock.instant()).unset("inviteHash"),
                    Account.class);
            credentials.changed();
            return mongo.findById(account.id(), Account.class);
        });
    }

    private Optional<Account> overseen(Caller caller, String email) {
        return Optional.ofNullable(mongo.findById(normalized(email), Account.class))
                .filter(account -> oversees(caller, account));
    }

    // Only an admin may touch an admin's account: a new invitation would hand its holder the password.
    private boolean oversees(Caller caller, Account account) {
        return grants.oversees(caller, account.accessScope())
                && (caller.can(Role.ADMIN) || account.role() != Role.ADMIN);
    }

    static String normalized(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            throw new IllegalArgumentException("email is not an email address");
        }
        return address;
    }

    private static String token() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
