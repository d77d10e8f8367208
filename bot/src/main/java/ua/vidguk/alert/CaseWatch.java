package ua.vidguk.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The cases the sweep still has to look at, with when: the next deadline (take, resolve), or a
 * minute from now for an alert that waits for a chat, or now for a resolved case whose resolution
 * the figures have not counted yet. A case leaves the list once its resolution is counted, or it is
 * delivered with both escalations done, so the list stays short however many cases pile up;
 * the sweep reads it through (the embedded database has no secondary index) and then only the due
 * cases, by {@code _id}.
 */
@Component
class CaseWatch {

    static final Duration WAITING_RETRY = Duration.ofMinutes(1);

    private final MongoTemplate mongo;

    CaseWatch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param waiting the alert has not reached a chat yet */
    @Document("case_watch")
    record Entry(@Id String caseId, Instant checkAt, boolean waiting) {}

    List<String> due(Instant now) {
        return mongo.find(query(where("checkAt").lte(now)), Entry.class).stream()
                .map(Entry::caseId)
                .toList();
    }

    List<String> waiting() {
        return mongo.find(query(where("waiting").is(true)), Entry.class).stream()
                .map(Entry::caseId)
                .toList();
    }

    void delivered(String caseId) {
        mongo.updateFirst(query(where("_id").is(caseId)), new Update().set("waiting", false), Entry.class);
    }

    /** Puts the case on the list for its next check, or takes it off when nothing is left to do. */
    void reschedule(AlertCase c, Instant now) {
        Optional<Instant> next = next(c, now);
        if (next.isEmpty()) {
            forget(c.id());
        } else {
            mongo.save(new Entry(c.id(), next.get(), !c.delivered()));
        }
    }

    void forget(String caseId) {
        mongo.remove(query(where("_id").is(caseId)), Entry.class);
    }

    static Optional<Instant> next(AlertCase c, Instant now) {
        if (c.status() == AlertCase.Status.RESOLVED) {
            return Optional.of(now); // for the sweep to count it in the figures
        }
        boolean toRegion = c.status() == AlertCase.Status.OPEN && !c.escalatedToRegion() && c.region() != null;
        return Stream.of(
                        toRegion ? c.takeBy() : null,
                        c.escalatedToMinistry() ? null : c.resolveBy(),
                        c.delivered() ? null : now.plus(WAITING_RETRY))
                .filter(at -> at != null)
                .min(Instant::compareTo);
    }
}
