package ua.vidguk.figures;

import com.mongodb.client.model.Projections;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One centre's administrators over a run of Kyiv months: a whole calendar year from its year
 * documents, the other months from their month documents, each one small {@code _id} range of
 * this centre alone.
 */
@Component
class AdministratorFigures {

    /** An administrator's figures over the run, under the name last reported for them. */
    record Administrator(String key, String name, Tally tally) {}

    private final MongoTemplate mongo;

    AdministratorFigures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return by administrator key, oldest first; administrators with no figures in the run are absent */
    Map<String, Administrator> read(String centre, YearMonth from, YearMonth to) {
        Map<String, Administrator> administrators = new LinkedHashMap<>();
        YearMonth month = from;
        while (!month.isAfter(to)) {
            boolean wholeYear =
                    month.getMonthValue() == 1 && !month.plusMonths(11).isAfter(to);
            String prefix = wholeYear
                    ? FigureKeys.administrators(month.getYear(), centre)
                    : FigureKeys.administrators(month, centre);
            each(prefix, figures -> {
                String key = figures.getString("key");
                String name = figures.getString("administrator");
                var known = administrators.get(key);
                // The latest period's name wins: a name corrected later shows as corrected.
                var tally = known == null ? new Tally() : known.tally();
                tally.add(figures);
                administrators.put(key, new Administrator(key, name == null ? key : name, tally));
            });
            month = wholeYear ? month.plusYears(1) : month.plusMonths(1);
        }
        return administrators;
    }

    private void each(String prefix, java.util.function.Consumer<Document> action) {
        var within = new Document("_id", new Document("$gt", prefix + "|").append("$lt", prefix + FigureKeys.END));
        mongo.getCollection(FigureKeys.COLLECTION)
                .find(within)
                .projection(Projections.exclude(GuardedCounts.COUNTING))
                .forEach(action);
    }
}
