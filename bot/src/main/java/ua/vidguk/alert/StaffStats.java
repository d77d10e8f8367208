package ua.vidguk.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.stafflink.Scope;

/**
 * Counts completed surveys per scope and day ({@code _id} = {@code <scope>|<date>}), so that a
 * summary or {@code /stats} reads at most 30 documents by {@code _id} instead of the responses.
 * Satisfied means the response was not negative.
 */
@Component
class StaffStats {

    private final MongoTemplate mongo;
    private final CnapRegistry cnaps;
    private final ZoneId zone;
    private final Clock clock;

    StaffStats(MongoTemplate mongo, CnapRegistry cnaps, AlertProperties properties, Clock clock) {
        this.mongo = mongo;
        this.cnaps = cnaps;
        this.zone = properties.workingHours().zone();
        this.clock = clock;
    }

    @Document("staff_stats")
    record Day(@Id String id, long answers, long satisfied) {}

    record Figures(long answers, long satisfied) {

        long satisfactionPercent() {
            return answers == 0 ? 0 : Math.round(100.0 * satisfied / answers);
        }
    }

    @EventListener
    void on(SurveyCompleted completed) {
        LocalDate day = completed.completedAt().atZone(zone).toLocalDate();
        String region = cnaps.find(completed.cnapCode()).map(Cnap::region).orElse(null);
        var update = new Update().inc("answers", 1).inc("satisfied", completed.negative() ? 0 : 1);
        // One round trip for the three counters: this runs for every completed survey.
        var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Day.class);
        for (Scope scope : region == null
                ? List.of(Scope.cnap(completed.cnapCode()), Scope.NATIONAL)
                : List.of(Scope.cnap(completed.cnapCode()), Scope.region(region), Scope.NATIONAL)) {
            bulk.upsert(query(where("_id").is(key(scope, day))), update);
        }
        bulk.execute();
    }

    /** The last {@code days} days up to today, in the working-hours zone. */
    Figures last(Scope scope, int days) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        long answers = 0;
        long satisfied = 0;
        for (int back = 0; back < days; back++) {
            Day day = mongo.findById(key(scope, today.minusDays(back)), Day.class);
            if (day != null) {
                answers += day.answers();
                satisfied += day.satisfied();
            }
        }
        return new Figures(answers, satisfied);
    }

    private static String key(Scope scope, LocalDate day) {
        return scope.key() + "|" + day;
    }
}
