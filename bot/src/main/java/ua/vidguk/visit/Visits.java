package ua.vidguk.visit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** The stored visits, for features that look back (a new campaign takes in recent visits). */
@Service
public class Visits {

    private final MongoTemplate mongo;

    Visits(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every visit since a time; reads the collection through, so it is for rare events only. */
    public void since(Instant from, Consumer<AcceptedVisit> visitor) {
        try (var visits = mongo.stream(query(where("visitedAt").gte(from)), ReportedVisit.class)) {
            visits.forEach(visit -> visitor.accept(visit.accepted()));
        }
    }
}
