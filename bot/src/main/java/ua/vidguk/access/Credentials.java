package ua.vidguk.access;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Tells who presents a bearer credential without a database read: every usable key is held in
 * memory by its hash, and every account that is not disabled by its email (for the console's
 * sessions). Whoever changes a credential bumps one version document; each instance
 * reads that document every {@code vidguk.credentials.refresh-every} (one small read a second,
 * however busy it is) and reloads when it moved, so a revoked key stops working on the instance
 * that revoked it at once and on the others within that interval. Uses are counted in memory and
 * written as each key's {@code lastUsedAt} once a minute.
 */
@Component
public class Credentials implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(Credentials.class);
    static final String KEY_PREFIX = "vk_";
    private static final String STATE = "access_state";

    private final MongoTemplate mongo;
    private final AdminToken adminToken;
    private final AccessProperties.Credentials settings;
    private final Clock clock;
    private final Map<String, Instant> used = new ConcurrentHashMap<>();
    private volatile Map<String, AccessKey> keysByHash = Map.of();
    private volatile Map<String, Caller> accountsByEmail = Map.of();
    private volatile long version = Long.MIN_VALUE;

    Credentials(MongoTemplate mongo, AdminToken adminToken, AccessProperties properties, Clock clock) {
        this.mongo = mongo;
        this.adminToken = adminToken;
        this.settings = properties.credentials();
        this.clock = clock;
        reload();
    }

    /** The caller a bearer token or key stands for; empty when it stands for nobody (now). */
    Optional<Caller> bearer(String presented) {
        if (!presented.startsWith(KEY_PREFIX)) {
            return adminToken.matches(presented) ? Optional.of(Caller.ADMIN_TOKEN) : Optional.empty();
        }
        AccessKey key = keysByHash.get(hash(presented));
        Instant now = clock.instant();
        if (key == null || !key.usableAt(now)) {
            return Optional.empty();
        }
        used.put(key.id(), now);
        return Optional.of(key.caller());
    }

    /**
     * The caller an account's console session stands for, as the account is now: empty once it
     * was disabled (or removed), so a session outlives neither.
     */
    Optional<Caller> account(String email) {
        return Optional.ofNullable(accountsByEmail.get(email));
    }

    /** After a credential was written: this instance sees it at once, the others at their next look. */
    void changed() {
        mongo.upsert(query(where("_id").is("credentials")), new Update().inc("version", 1L), STATE);
        reload();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::reloadIfChanged, settings.refreshEvery());
        registrar.addFixedDelayTask(this::writeLastUsed, settings.lastUsedEvery());
    }

    void reloadIfChanged() {
        try {
            if (storedVersion() != version) {
                reload();
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for changed credentials; the ones in memory stay in force", e);
        }
    }

    private synchronized void reload() {
        long seen = storedVersion();
        keysByHash = mongo.find(query(where("revokedAt").is(null)), AccessKey.class).stream()
                .collect(Collectors.toUnmodifiableMap(AccessKey::hash, Function.identity()));
        accountsByEmail = mongo.find(query(where("disabledAt").is(null)), Account.class).stream()
                .collect(Collectors.toUnmodifiableMap(Account::id, Account::caller));
        version = seen;
    }

    private long storedVersion() {
        Document state = mongo.getCollection(STATE)
                .find(new Document("_id", "credentials"))
                .first();
        return state == null ? 0 : state.get("version", Number.class).longValue();
    }

    void writeLastUsed() {
        for (String id : Map.copyOf(used).keySet()) {
            Instant at = used.remove(id);
            if (at != null) {
                mongo.updateFirst(query(where("_id").is(id)), new Update().max("lastUsedAt", at), AccessKey.class);
            }
        }
    }
}
