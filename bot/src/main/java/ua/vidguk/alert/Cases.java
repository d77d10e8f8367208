package ua.vidguk.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.alert.AlertCase.Status;

/**
 * The cases. Every change is one findAndModify whose filter holds the state it expects, so two
 * presses or two instances cannot both win; the {@link CaseWatch} and the {@link OpenCounts}
 * follow each change that wins.
 */
@Component
class Cases {

    private final MongoTemplate mongo;
    private final CaseWatch watch;
    private final OpenCounts counts;

    Cases(MongoTemplate mongo, CaseWatch watch, OpenCounts counts) {
        this.mongo = mongo;
        this.watch = watch;
        this.counts = counts;
    }

    /** @return false when the case exists already (the event was heard before) */
    boolean open(AlertCase created, Instant now) {
        try {
            mongo.insert(created);
        } catch (DuplicateKeyException heardBefore) {
            return false;
        }
        watch.reschedule(created, now);
        counts.opened(created);
        return true;
    }

    Optional<AlertCase> find(String id) {
        return Optional.ofNullable(mongo.findById(id, AlertCase.class));
    }

    Optional<AlertCase> delivered(
            String id, long chatId, int messageId, String scope, String text, boolean folded, Instant at) {
        return change(
                        where("deliveredAt").isNull(),
                        id,
                        new Update()
                                .set("chatId", chatId)
                                .set("messageId", messageId)
                                .set("postedTo", scope)
                                .set("alert", text)
                                .set("folded", folded)
                                .set("deliveredAt", at))
                .map(c -> {
                    watch.delivered(id);
                    return c;
                });
    }

    /** The alert was posted again, elsewhere (its group became a supergroup): edits go to the new message. */
    void reposted(String id, long chatId, int messageId) {
        mongo.updateFirst(
                query(where("_id").is(id)),
                new Update().set("chatId", chatId).set("messageId", messageId),
                AlertCase.class);
    }

    /** Records a chat that would not take a message about the case, for coordinators to see. */
    void problem(String id, DeliveryProblem problem) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().push("deliveryProblems", problem), AlertCase.class);
    }

    /** The centre's chat was passed over because the bot cannot write there; set once. */
    void centreChatUnusable(String id) {
        mongo.findAndModify( // guarded: an update with this filter scans on the embedded store
                query(where("_id").is(id).and("centreChatUnusable").ne(true)),
                new Update().set("centreChatUnusable", true),
                AlertCase.class);
    }

    Optional<AlertCase> take(String id, String who, Instant at) {
        return change(
                where("status").is(Status.OPEN.name()),
                id,
                new Update()
                        .set("status", Status.TAKEN.name())
                        .set("takenBy", who)
                        .set("takenAt", at));
    }

    Optional<AlertCase> resolve(String id, String who, String resolution, Instant at) {
        Optional<AlertCase> resolved = change(
                where("status").in(Status.OPEN.name(), Status.TAKEN.name()),
                id,
                new Update()
                        .set("status", Status.RESOLVED.name())
                        .set("resolvedBy", who)
                        .set("resolution", resolution)
                        .set("resolvedAt", at));
        resolved.ifPresent(c -> {
            watch.reschedule(c, at);
            counts.resolved(c);
        });
        return resolved;
    }

    /** Marks an escalation as done; false when another sweep did it first. */
    boolean escalate(String id, String flag) {
        return change(where(flag).is(false), id, new Update().set(flag, true)).isPresent();
    }

    /** An escalation no chat would take: the sweep queues it again once one will. */
    void unescalate(String id, String flag, Instant now) {
        change(where(flag).is(true), id, new Update().set(flag, false)).ifPresent(c -> watch.reschedule(c, now));
    }

    /** For coordinators: scans the cases, so it takes filters and a limit. */
    List<AlertCase> list(List<Criteria> filters, int limit) {
        Query query = new Query();
        filters.forEach(query::addCriteria);
        return mongo.find(
                query.limit(limit)
                        .with(org.springframework.data.domain.Sort.by("receivedAt")
                                .descending()),
                AlertCase.class);
    }

    private Optional<AlertCase> change(Criteria expected, String id, Update update) {
        return Optional.ofNullable(mongo.findAndModify(
                new Query(where("_id").is(id).andOperator(expected)),
                update,
                FindAndModifyOptions.options().returnNew(true),
                AlertCase.class));
    }
}
