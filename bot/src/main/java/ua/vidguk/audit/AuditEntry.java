package ua.vidguk.audit;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thing done, as stored. The {@code _id} begins with the time (milliseconds, 15 digits), so
 * the only index the embedded database keeps answers time ranges and the retention job's removal
 * without a scan.
 *
 * @param actorId the credential ({@code admin-token}, {@code key:<id>}, {@code account:<email>});
 *     for a failed sign-in, the account name typed, or {@code anonymous}
 * @param actorRole null for a failed sign-in (nobody signed in)
 * @param actorScope the caller's scope in text form ({@code national}, {@code region:UA-74}, …)
 * @param path the request's path without its query string
 * @param status the answer's status; null for a failed sign-in (recorded before the answer)
 * @param detail what kind of credential failed, for a failed sign-in
 */
@Document(AuditEntry.COLLECTION)
record AuditEntry(
        @Id String id,
        Instant at,
        String actorId,
        String actorName,
        @Nullable String actorRole,
        @Nullable String actorScope,
        String action,
        String method,
        String path,
        @Nullable Integer status,
        String address,
        @Nullable String detail) {

    static final String COLLECTION = "audit";

    /** The smallest {@code _id} an entry at {@code at} or later can have. */
    static String idFrom(Instant at) {
        return "%015d".formatted(at.toEpochMilli());
    }

    /** Time first, then a random tail so two entries in one millisecond do not collide. */
    static String newId(Instant at) {
        return idFrom(at) + "|" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
    }
}
