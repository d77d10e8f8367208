package ua.vidguk.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Writes, reads and ages out the entries of the {@code audit} collection. */
@Service
class AuditTrail {

    private final MongoTemplate mongo;

    AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void record(AuditEntry entry) {
        mongo.insert(entry);
    }

    /**
     * Newest first; every filter optional.
     *
     * @param from inclusive
     * @param to exclusive
     */
    List<AuditEntry> find(
            @Nullable Instant from, @Nullable Instant to, @Nullable String action, @Nullable String actor, int limit) {
        var query = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit);
        if (from != null || to != null) {
            Criteria id = where("_id");
            if (from != null) {
                id = id.gte(AuditEntry.idFrom(from));
            }
            if (to != null) {
                id = id.lt(AuditEntry.idFrom(to));
            }
            query.addCriteria(id);
        }
        if (action != null) {
            query.addCriteria(where("action").is(action));
        }
        if (actor != null) {
            query.addCriteria(where("actorId").is(actor));
        }
        return mongo.find(query, AuditEntry.class);
    }

    /** @return how many entries were removed */
    long removeBefore(Instant cutoff) {
        return mongo.remove(Query.query(where("_id").lt(AuditEntry.idFrom(cutoff))), AuditEntry.class)
                .getDeletedCount();
    }
}
