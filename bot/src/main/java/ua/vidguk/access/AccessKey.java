package ua.vidguk.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An API key as stored: the SHA-256 of the key, never the key (a key is 256 random bits, so a
 * fast hash is enough; passwords are another matter). Kept while in use; a revoked or expired key
 * stays a year for the audit trail, then the retention job removes it.
 *
 * @param id also the key's visible prefix: keys read {@code vk_<id>_<secret>}
 * @param createdBy the credential that issued it ({@link Caller#id()})
 * @param lastUsedAt to the minute: uses are counted in memory and written once a minute
 */
@Document("access_keys")
record AccessKey(
        @Id String id,
        String name,
        Role role,
        String scope,
        String hash,
        Instant createdAt,
        String createdBy,
        @Nullable Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt) {

    boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    Caller caller() {
        return new Caller("key:" + id, name, Caller.Kind.KEY, role, AccessScope.parse(scope));
    }
}
