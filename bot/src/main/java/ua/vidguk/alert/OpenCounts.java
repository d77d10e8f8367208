package ua.vidguk.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.stafflink.Scope;

/**
 * How many cases are open per scope, counted up when a case opens and down when it is resolved
 * (one {@code $inc} per scope), so that {@code /stats} and the daily summary read one document
 * instead of the cases.
 */
@Component
class OpenCounts {

    private final MongoTemplate mongo;

    OpenCounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("staff_open_counts")
    record Count(@Id String scope, long open) {}

    void opened(AlertCase c) {
        add(c, 1);
    }

    void resolved(AlertCase c) {
        add(c, -1);
    }

    long of(Scope scope) {
        return Optional.ofNullable(mongo.findById(scope.key(), Count.class))
                .map(Count::open)
                .orElse(0L);
    }

    private void add(AlertCase c, int delta) {
        for (Scope scope : scopes(c)) {
            mongo.upsert(query(where("_id").is(scope.key())), new Update().inc("open", delta), Count.class);
        }
    }

    static List<Scope> scopes(AlertCase c) {
        return c.region() == null
                ? List.of(Scope.cnap(c.cnapCode()), Scope.NATIONAL)
                : List.of(Scope.cnap(c.cnapCode()), Scope.region(c.region()), Scope.NATIONAL);
    }
}
