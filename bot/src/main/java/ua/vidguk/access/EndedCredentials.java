package ua.vidguk.access;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import ua.vidguk.retention.RetentionJob;

/**
 * Removes keys that ended (revoked or expired) and accounts disabled longer than {@code
 * vidguk.credentials.keep-ended} (a year) ago: the audit trail names who did what for that long,
 * after which the issuer's or the person's name and e-mail are no longer needed. A job, because
 * the embedded database has no TTL indexes.
 */
@Component
class EndedCredentials implements RetentionJob {

    private static final Duration EVERY = Duration.ofHours(6);

    private final MongoTemplate mongo;
    private final Duration keep;

    EndedCredentials(MongoTemplate mongo, AccessProperties properties) {
        this.mongo = mongo;
        this.keep = properties.credentials().keepEnded();
    }

    @Override
    public Duration every() {
        return EVERY;
    }

    @Override
    public long run(Instant now) {
        Instant before = now.minus(keep);
        long keys = mongo.remove(
                        query(new Criteria()
                                .orOperator(
                                        where("revokedAt").lt(before),
                                        where("expiresAt").lt(before))),
                        AccessKey.class)
                .getDeletedCount();
        return keys
                + mongo.remove(query(where("disabledAt").lt(before)), Account.class)
                        .getDeletedCount();
    }
}
