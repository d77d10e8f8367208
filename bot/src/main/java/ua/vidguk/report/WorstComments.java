package ua.vidguk.report;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The comments that came with the lowest overall ratings, per centre and per region and Kyiv month
 * ({@code c|2025-06|<centre>}, {@code r|2025-06|<region>}: a month first, so that old months go by
 * one {@code _id} range). Each document keeps its {@value #KEPT} worst in one array, bounded by
 * the write itself ({@code $push} with {@code $sort} and {@code $slice}), so a busy month costs no
 * more than a quiet one.
 *
 * <p>Exactly once without transactions: the write is guarded by the session not being in the
 * array yet, and an upsert whose insert meets the {@code _id} means it is. A comment pushed and
 * then sliced off because twenty were worse is pushed again by a redelivery, and sliced off again:
 * the order (rating, newest, session) is total, so the array comes out the same.
 */
@Component
class WorstComments {

    static final String COLLECTION = "report_comments";
    static final int KEPT = 20;
    /** Not satisfied: the overall ratings that are not counted as satisfaction (4–5). */
    static final int WORST_OVERALL = 3;

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final Sort ORDER =
            Sort.by(Sort.Order.asc("overall"), Sort.Order.desc("at"), Sort.Order.asc("session"));

    private final MongoTemplate mongo;

    WorstComments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param text already masked: nothing here reads it */
    void keep(String session, String cnap, @Nullable String region, int overall, String text, Instant at) {
        YearMonth month = YearMonth.from(at.atZone(KYIV));
        var comment = new Document("session", session)
                .append("cnap", cnap)
                .append("overall", overall)
                .append("text", text)
                .append("at", Date.from(at));
        keep(centre(month, cnap), session, comment);
        if (region != null) {
            keep(region(month, region), session, comment);
        }
    }

    private void keep(String id, String session, Document comment) {
        var guarded = query(where("_id").is(id).and("comments.session").ne(session));
        var push = new Update().push("comments").sort(ORDER).slice(KEPT).each(comment);
        try {
            // findAndModify, not updateOne: the embedded database finds a guarded one by its _id.
            mongo.findAndModify(guarded, push, FindAndModifyOptions.options().upsert(true), Document.class, COLLECTION);
        } catch (DuplicateKeyException keptBefore) {
            // The document exists and holds this session: a redelivery.
        }
    }

    /** The worst {@code shown} of the documents' comments: lowest rating first, then the newest. */
    List<Document> worst(List<String> ids, int shown) {
        List<Document> comments = new ArrayList<>();
        mongo.getCollection(COLLECTION)
                .find(Filters.in("_id", ids))
                .forEach(document -> comments.addAll(document.getList("comments", Document.class, List.of())));
        comments.sort(Comparator.comparing((Document c) -> c.getInteger("overall"))
                .thenComparing((Document c) -> c.getDate("at"), Comparator.reverseOrder())
                .thenComparing((Document c) -> c.getString("session")));
        return comments.subList(0, Math.min(shown, comments.size()));
    }

    /** Removes every month before {@code firstKept}; answers how many documents went. */
    long removeBefore(YearMonth firstKept) {
        long removed = 0;
        for (String tier : new String[] {"c|", "r|"}) {
            removed += mongo.remove(query(where("_id").gte(tier).lt(tier + firstKept)), COLLECTION)
                    .getDeletedCount();
        }
        return removed;
    }

    static List<String> centreIds(String cnap, LocalDate from, LocalDate to) {
        return months(from, to).stream().map(month -> centre(month, cnap)).toList();
    }

    static List<String> regionIds(String region, LocalDate from, LocalDate to) {
        return months(from, to).stream().map(month -> region(month, region)).toList();
    }

    private static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    static String centre(YearMonth month, String cnap) {
        return "c|" + month + "|" + cnap;
    }

    static String region(YearMonth month, String region) {
        return "r|" + month + "|" + region;
    }
}
