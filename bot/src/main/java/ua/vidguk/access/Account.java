package ua.vidguk.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's console account as stored. The password is kept only as Spring Security's delegating
 * encoding (bcrypt today, its id in braces so that a stronger one can follow); the invitation
 * only as the SHA-256 of its one-time token (256 random bits, so a fast hash is enough). Kept while
 * the account exists; a disabled account is removed a year later by {@link EndedCredentials}.
 *
 * @param id the email address, lower-cased
 * @param passwordHash null until the invitation is used
 * @param inviteHash null once used, or when no invitation is open
 * @param createdBy the credential that invited it ({@link Caller#id()})
 */
@Document("accounts")
record Account(
        @Id String id,
        String name,
        Role role,
        String scope,
        @Nullable String passwordHash,
        @Nullable String inviteHash,
        @Nullable Instant inviteExpiresAt,
        Instant createdAt,
        String createdBy,
        @Nullable Instant disabledAt,
        @Nullable Instant lastSignInAt) {

    static final String ID_PREFIX = "account:";

    boolean active() {
        return disabledAt == null;
    }

    boolean invitePendingAt(Instant now) {
        return inviteHash != null && inviteExpiresAt != null && now.isBefore(inviteExpiresAt);
    }

    AccessScope accessScope() {
        return AccessScope.parse(scope);
    }

    Caller caller() {
        return new Caller(ID_PREFIX + id, name, Caller.Kind.ACCOUNT, role, accessScope());
    }
}
