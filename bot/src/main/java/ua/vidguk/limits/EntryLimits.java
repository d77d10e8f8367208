package ua.vidguk.limits;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * How many anonymous surveys one identity may open about one centre in an hour: a web client's
 * address ({@link EntryKind#WEB_ADDRESS}), a messenger account ({@link EntryKind#MESSENGER}).
 * Surveys that an invitation opened (a reported visit) are not asked about: they are limited by
 * the visit.
 *
 * <p>Counted in fixed UTC hours, one document per identity, centre and hour in {@code
 * entry_counts}, by one {@code findAndModify} upsert with {@code $inc} on its {@code _id}: every
 * instance counts in the same document, on MongoDB and on the embedded server. The identity is
 * kept only as a keyed hash ({@link IdentityHash}); {@link LimitRetention} removes a counter once
 * its hour is over by an hour.
 */
@Component
public class EntryLimits {

    static final String COLLECTION = "entry_counts";

    private static final Logger log = LoggerFactory.getLogger(EntryLimits.class);

    private final MongoTemplate mongo;
    private final IdentityHash hash;
    private final LimitsProperties properties;
    private final Clock clock;

    EntryLimits(MongoTemplate mongo, IdentityHash hash, LimitsProperties properties, Clock clock) {
        this.mongo = mongo;
        this.hash = hash;
        this.properties = properties;
        this.clock = clock;
    }

    @Document(COLLECTION)
    record Count(@Id String id, int count) {}

    /**
     * Counts one more entry and answers whether it is within the hour's limit. Refused entries
     * count too: whoever keeps trying stays refused until the hour ends.
     *
     * @param identity the client address (behind a proxy, the client's: see docs/abuse.md) or the
     *     messenger contact's URI; stored only as a keyed hash
     */
    public Admission admit(String cnapCode, EntryKind kind, String identity) {
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        String id = LimitKeys.entry(hour, kind, cnapCode, hash.of(identity));
        int count = increment(id);
        int limit = properties.perHour(kind);
        boolean admitted = count <= limit;
        if (!admitted && count == limit + 1) {
            // Once per identity and hour: the log names the centre, never the identity.
            log.info("Entry limit: {} surveys about {} in an hour from one {}", limit, cnapCode, kind);
        }
        return new Admission(admitted, count, limit, hour.plus(1, ChronoUnit.HOURS));
    }

    private int increment(String id) {
        var update = new Update().inc("count", 1);
        var options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(query(where("_id").is(id)), update, options, Count.class)
                    .count();
        } catch (DuplicateKeyException raced) {
            // Two first entries at once: both upserts inserted; the other's document is there now.
            return mongo.findAndModify(query(where("_id").is(id)), update, options, Count.class)
                    .count();
        }
    }
}
