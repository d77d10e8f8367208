package ua.vidguk.visit;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import ua.vidguk.retention.RetentionJob;
import ua.vidguk.retention.RetentionProperties;
import ua.vidguk.retention.Sweep;

/**
 * Removes reported visits (phone, administrator) {@code vidguk.retention.visits} after the visit:
 * a visit is read only when reported again (a duplicate) and by a new campaign looking back at most
 * 30 days ({@code maxVisitAge}); the invitations keep what the campaigns' progress needs. A visit
 * reported again after that is taken as new, and is too old to be invited. Nightly, a {@link
 * Sweep} on {@code visitedAt}: the ids are the centres'.
 */
@Component
class VisitRetention implements RetentionJob {

    private final MongoTemplate mongo;
    private final Duration keep;

    VisitRetention(MongoTemplate mongo, RetentionProperties retention) {
        this.mongo = mongo;
        this.keep = retention.visits();
    }

    @Override
    public long run(Instant now) {
        return Sweep.remove(mongo, ReportedVisit.COLLECTION, "visitedAt", now.minus(keep));
    }
}
