package ua.vidguk.stafflink;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One-time codes that link a Telegram group to a scope. The code is the {@code _id}, so a claim is
 * one findAndModify on {@code {_id, usedAt: null}}: two groups sending the same code cannot both
 * win. Codes are never logged.
 */
@Component
class LinkCodes {

    // No 0/O, 1/I/L: the code is read off one screen and typed into another.
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    // Kept a while after expiry, so that a late /link is told "expired" rather than "no such code".
    private static final java.time.Duration KEPT_AFTER_EXPIRY = java.time.Duration.ofDays(7);

    private final MongoTemplate mongo;
    private final StaffLinkProperties properties;
    private final Clock clock;

    LinkCodes(MongoTemplate mongo, StaffLinkProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    @Document("staff_link_codes")
    record LinkCode(
            @Id String code,
            String scope,
            Instant expiresAt,
            @Nullable Instant usedAt,
            @Nullable Long usedBy) {}

    /** What a claim came to. */
    sealed interface Claim {
        record Linked(Scope scope) implements Claim {}

        record Refused(Reason reason) implements Claim {}
    }

    enum Reason {
        UNKNOWN,
        USED,
        EXPIRED
    }

    LinkCode issue(Scope scope) {
        Instant now = clock.instant();
        var code = new LinkCode(newCode(), scope.key(), now.plus(properties.linkCodeValidity()), null, null);
        return mongo.insert(code);
    }

    Claim claim(String typed, long chatId) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        Instant now = clock.instant();
        LinkCode claimed = mongo.findAndModify(
                query(where("_id")
                        .is(code)
                        .and("usedAt")
                        .isNull()
                        .and("expiresAt")
                        .gt(now)),
                new Update().set("usedAt", now).set("usedBy", chatId),
                FindAndModifyOptions.options().returnNew(true),
                LinkCode.class);
        if (claimed != null) {
            return new Claim.Linked(Scope.parse(claimed.scope()));
        }
        return new Claim.Refused(Optional.ofNullable(mongo.findById(code, LinkCode.class))
                .map(found -> found.usedAt() != null ? Reason.USED : Reason.EXPIRED)
                .orElse(Reason.UNKNOWN));
    }

    /** Expiry is a job, not a TTL index (the embedded database has none); the collection is small. */
    void removeExpired() {
        mongo.remove(query(where("expiresAt").lt(clock.instant().minus(KEPT_AFTER_EXPIRY))), LinkCode.class);
    }

    private static String newCode() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
