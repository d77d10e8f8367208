package ua.vidguk.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.stafflink.Scope;

/**
 * Counts completed surveys per scope and day, so that a summary or {@code /stats} reads at most 30
 * documents by {@code _id} instead of the responses. Satisfied means the response was not negative;
 * positive, that it was not negative and rated {@value #OVERALL} 4 or 5 (a 3 that is not negative
 * is satisfied but not positive).
 *
 * <p>A completion may be heard more than once (its conversation's end is published again after a
 * failure or a crash), and is counted once: the centre's day ({@code _id} {@code cnap:<code>|<date>})
 * lists the last {@value #REMEMBERED} conversations it counted and is changed only if the
 * conversation is not among them, in one guarded write. A repetition comes within a sweep (a
 * minute) or at the next start, and concerns the conversations that ended last: remembering more
 * would only make every count rewrite a longer list (a busy centre completes hundreds a day). The region's and the nation's day then take the centre's new totals with
 * {@code $max} under the centre's code, which a repetition cannot inflate and which heals a copy a
 * crash left behind; their figures are the sums over their centres.
 */
@Component
class StaffStats {

    static final String COLLECTION = "staff_stats";
    static final int REMEMBERED = 200;
    /** The question whose 4 or 5 makes a response positive, as in the ratings' satisfaction. */
    static final String OVERALL = "overall";

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

    record Figures(long answers, long satisfied, long positive) {

        long satisfactionPercent() {
            return answers == 0 ? 0 : Math.round(100.0 * satisfied / answers);
        }
    }

    @EventListener
    void on(SurveyCompleted completed) {
        LocalDate day = completed.completedAt().atZone(zone).toLocalDate();
        String centreDay = key(Scope.cnap(completed.cnapCode()), day);
        Document centre = count(centreDay, completed);
        String region = cnaps.find(completed.cnapCode()).map(Cnap::region).orElse(null);
        var totals = new Update();
        for (String figure : List.of("answers", "satisfied", "positive")) {
            totals.max("centres." + completed.cnapCode() + "." + figure, figure(centre, figure));
        }
        // One round trip for the wider scopes: this runs for every completed survey.
        var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (Scope scope : region == null ? List.of(Scope.NATIONAL) : List.of(Scope.region(region), Scope.NATIONAL)) {
            bulk.upsert(query(where("_id").is(key(scope, day))), totals);
        }
        bulk.execute();
    }

    /** The centre's day after this completion, counted into it unless it already was. */
    private Document count(String centreDay, SurveyCompleted completed) {
        var update = new Update()
                .inc("answers", 1)
                .inc("satisfied", completed.negative() ? 0 : 1)
                .inc("positive", positive(completed) ? 1 : 0)
                .push("counted")
                .slice(-REMEMBERED)
                .each(completed.sessionId());
        try {
            Document counted = mongo.findAndModify(
                    query(where("_id").is(centreDay).and("counted").ne(completed.sessionId())),
                    update,
                    FindAndModifyOptions.options().upsert(true).returnNew(true),
                    Document.class,
                    COLLECTION);
            if (counted != null) {
                return counted;
            }
        } catch (DuplicateKeyException countedBefore) {
            // The day exists and lists this conversation: the upsert's insert collided with it.
        }
        return mongo.findById(centreDay, Document.class, COLLECTION);
    }

    static boolean positive(SurveyCompleted completed) {
        String overall = completed.answers().get(OVERALL);
        return !completed.negative() && ("4".equals(overall) || "5".equals(overall));
    }

    /** A figure of a day; 0 in days counted before it existed. */
    private static long figure(Document day, String name) {
        Number value = day.get(name, Number.class);
        return value == null ? 0 : value.longValue();
    }

    /** The last {@code days} days up to today, in the working-hours zone. */
    Figures last(Scope scope, int days) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        List<String> keys = new ArrayList<>();
        for (int back = 0; back < days; back++) {
            keys.add(key(scope, today.minusDays(back)));
        }
        long answers = 0;
        long satisfied = 0;
        long positive = 0;
        for (Document day : mongo.find(query(where("_id").in(keys)), Document.class, COLLECTION)) {
            List<Document> counted = new ArrayList<>();
            if (scope.level() == Scope.Level.CNAP) {
                counted.add(day);
            } else {
                Document centres = day.get("centres", Document.class);
                for (Object centre : centres == null ? List.of() : centres.values()) {
                    counted.add((Document) centre);
                }
            }
            for (Document figures : counted) {
                answers += figure(figures, "answers");
                satisfied += figure(figures, "satisfied");
                positive += figure(figures, "positive");
            }
        }
        return new Figures(answers, satisfied, positive);
    }

    private static String key(Scope scope, LocalDate day) {
        return scope.key() + "|" + day;
    }
}
