package ua.vidguk.visit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, hands on to the campaigns the visits a stop left stored but unheard: between the
 * visits' insert and their mark an instance can only be interrupted by stopping (a failure throws
 * to the client, whose retry hands them on). Reads the last week's visits through, once; a visit
 * older than that is past every campaign's age limit (3 days unless a campaign says otherwise).
 */
@Component
class UnscheduledVisits {

    private static final Logger log = LoggerFactory.getLogger(UnscheduledVisits.class);
    static final Duration LOOK_BACK = Duration.ofDays(7);

    private final MongoTemplate mongo;
    private final VisitIntake intake;
    private final Clock clock;

    UnscheduledVisits(MongoTemplate mongo, VisitIntake intake, Clock clock) {
        this.mongo = mongo;
        this.intake = intake;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void handOnWhatAStopLeft() {
        var waiting = query(where("visitedAt")
                .gte(clock.instant().minus(LOOK_BACK))
                .and("scheduled")
                .is(false));
        List<ReportedVisit> chunk = new ArrayList<>();
        int handedOn = 0;
        try (var visits = mongo.stream(waiting, ReportedVisit.class)) {
            for (var it = visits.iterator(); it.hasNext(); ) {
                chunk.add(it.next());
                if (chunk.size() == VisitIntake.CHUNK || !it.hasNext()) {
                    intake.handOn(chunk);
                    handedOn += chunk.size();
                    chunk = new ArrayList<>();
                }
            }
        }
        if (handedOn > 0) {
            log.info("Handed {} visits that a stop had kept from the campaigns on to them", handedOn);
        }
    }
}
