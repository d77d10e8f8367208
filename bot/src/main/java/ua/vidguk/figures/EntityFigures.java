package ua.vidguk.figures;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One centre's or one region's figures, read by the exact {@code _id}s of its documents ({@code
 * $in}, which the embedded database answers from its index one key at a time) rather than by a
 * range: a range of days holds every centre's (or every region's) documents of those days, so a
 * year of one region's days by range is 25 regions' 9,000 documents, by id its 365.
 */
@Component
class EntityFigures {

    private final MongoTemplate mongo;

    EntityFigures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The entity's figures over the days: whole years and months from their documents, the rest from days. */
    Tally over(FigureKeys tier, String code, LocalDate from, LocalDate to) {
        Tally tally = new Tally();
        read(ids(tier, code, from, to)).forEach(tally::add);
        return tally;
    }

    /** The trend by ISO week, from the day documents; a week with no answers has zero responses. */
    List<Week> weeks(FigureKeys tier, String code, LocalDate from, LocalDate to) {
        Map<String, LocalDate> days = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(tier.day(day, code), day);
        }
        Map<LocalDate, Tally> byMonday = new LinkedHashMap<>();
        for (LocalDate monday = from.with(DayOfWeek.MONDAY); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            byMonday.put(monday, new Tally());
        }
        for (Document figures : read(new ArrayList<>(days.keySet()))) {
            LocalDate day = days.get(figures.getString("_id"));
            byMonday.get(day.with(DayOfWeek.MONDAY)).add(figures);
        }
        List<Week> weeks = new ArrayList<>();
        byMonday.forEach((monday, tally) -> {
            LocalDate first = monday.isBefore(from) ? from : monday;
            LocalDate sunday = monday.plusDays(6);
            LocalDate last = sunday.isAfter(to) ? to : sunday;
            String week = "%d-W%02d"
                    .formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            weeks.add(new Week(
                    week,
                    first,
                    last,
                    !first.equals(monday) || !last.equals(sunday),
                    tally.responses,
                    tally.negative,
                    Rating.satisfaction(tally)));
        });
        return weeks;
    }

    private List<Document> read(List<String> ids) {
        return mongo.getCollection(FigureKeys.COLLECTION)
                .find(Filters.in("_id", ids))
                .projection(Projections.exclude(GuardedCounts.COUNTING))
                .into(new ArrayList<>());
    }

    /** The ids that cover the days exactly: whole years, then whole months, then single days. */
    static List<String> ids(FigureKeys tier, String code, LocalDate from, LocalDate to) {
        List<String> ids = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            if (day.getDayOfYear() == 1 && !day.plusYears(1).minusDays(1).isAfter(to)) {
                ids.add(tier.year(day.getYear(), code));
                day = day.plusYears(1);
            } else if (day.getDayOfMonth() == 1
                    && !day.plusMonths(1).minusDays(1).isAfter(to)) {
                ids.add(tier.month(YearMonth.from(day), code));
                day = day.plusMonths(1);
            } else {
                ids.add(tier.day(day, code));
                day = day.plusDays(1);
            }
        }
        return ids;
    }
}
