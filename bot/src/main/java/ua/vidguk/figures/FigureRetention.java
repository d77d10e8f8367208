package ua.vidguk.figures;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import ua.vidguk.retention.RetentionJob;

/**
 * Forgets which conversations were counted once {@code vidguk.ratings.remember-counted} has
 * passed since their Kyiv day, and administrators' figures (with their names) once {@code
 * vidguk.ratings.keep-administrators} has: each one {@code _id} range, because the ids start with
 * the day, month or year. A job, because the embedded database has no TTL indexes.
 */
@Component
class FigureRetention implements RetentionJob {

    private static final Duration EVERY = Duration.ofHours(6);

    private final MongoTemplate mongo;
    private final Duration remember;
    private final Duration keepAdministrators;

    FigureRetention(MongoTemplate mongo, RatingsProperties properties) {
        this.mongo = mongo;
        this.remember = properties.rememberCounted();
        this.keepAdministrators = properties.keepAdministrators();
    }

    @Override
    public Duration every() {
        return EVERY;
    }

    @Override
    public long run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, FigureCounter.KYIV);
        LocalDate firstKept = today.minusDays(remember.toDays());
        long forgotten = mongo.remove(query(where("_id").lt(firstKept.toString())), FigureKeys.COUNTED)
                .getDeletedCount();
        LocalDate kept = today.minusDays(keepAdministrators.toDays());
        return forgotten
                + removeBelow(FigureKeys.administrators(YearMonth.from(kept), ""))
                + removeBelow(FigureKeys.administrators(kept.getYear(), ""));
    }

    /** Removes the documents of the same kind ({@code am|}, {@code ay|}) whose period is earlier. */
    private long removeBelow(String bound) {
        String kind = bound.substring(0, bound.indexOf('|') + 1);
        return mongo.remove(query(where("_id").gte(kind).lt(bound)), FigureKeys.COLLECTION)
                .getDeletedCount();
    }
}
