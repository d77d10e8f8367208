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
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Issues, lists, expires and revokes API keys; the key itself is shown once and never kept. */
@Service
class AccessKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final MongoTemplate mongo;
    private final Credentials credentials;
    private final Grants grants;
    private final Clock clock;

    AccessKeys(MongoTemplate mongo, Credentials credentials, Grants grants, Clock clock) {
        this.mongo = mongo;
        this.credentials = credentials;
        this.grants = grants;
        this.clock = clock;
    }

    /** A new key and the one time its secret is seen. */
    record Issued(String key, AccessKey stored) {}

    Issued issue(Caller granter, String name, Role role, AccessScope scope, @Nullable Instant expiresAt) {
        grants.check(granter, role, scope);
        String id = randomId();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = Credentials.KEY_PREFIX + id + "_"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var stored = new AccessKey(
                id,
                name.strip(),
                role,
                scope.toString(),
                Credentials.hash(key),
                clock.instant(),
                granter.id(),
                expiresAt,
                null,
                null);
        mongo.insert(stored);
        credentials.changed();
        return new Issued(key, stored);
    }

    List<AccessKey> visibleTo(Caller caller) {
        return mongo
                .find(
                        new org.springframework.data.mongodb.core.query.Query().with(Sort.by("createdAt")),
                        AccessKey.class)
                .stream()
                .filter(key -> grants.oversees(caller, AccessScope.parse(key.scope())))
                .toList();
    }

    /** Revokes at once; empty when the caller does not oversee such a key (or there is none). */
    Optional<AccessKey> revoke(Caller caller, String id) {
        return change(caller, id, new Update().min("revokedAt", clock.instant()));
    }

    /** Sets when the key stops working (now when {@code at} is null). */
    Optional<AccessKey> expire(Caller caller, String id, @Nullable Instant at) {
        return change(caller, id, new Update().set("expiresAt", at == null ? clock.instant() : at));
    }

    private Optional<AccessKey> change(Caller caller, String id, Update update) {
        AccessKey key = mongo.findById(id, AccessKey.class);
        if (key == null || !grants.oversees(caller, AccessScope.parse(key.scope()))) {
            return Optional.empty();
        }
        mongo.updateFirst(query(where("_id").is(id)), update, AccessKey.class);
        credentials.changed();
        return Optional.ofNullable(mongo.findById(id, AccessKey.class));
    }

    private static String randomId() {
        var id = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString().toLowerCase(Locale.ROOT);
    }
}
