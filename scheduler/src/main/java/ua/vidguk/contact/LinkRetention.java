package ua.vidguk.contact;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Forgets the links of {@link ContactLinks} that were last made before a time: the person is then
 * invited by SMS again, and links again by opening a visit link in the messenger. The ids are
 * phone numbers and messenger ids, so the links are read through (a cursor of 500 ids a batch),
 * and each is changed by one {@code findAndModify} or {@code findAndRemove} that holds the old time
 * as a guard: a link made again meanwhile stays.
 */
@Component
public class LinkRetention {

    static final String LINKS = "contact_links";
    static final String PHONES = "messenger_phones";
    private static final int BATCH = 500;

    private final MongoOperations mongo;

    public LinkRetention(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** @return how many links were forgotten (a number's Viber and Telegram links count apart) */
    public long forgetLinkedBefore(Instant before) {
        long forgotten = 0;
        for (String messenger : new String[] {"viber", "telegram"}) {
            var old = where(messenger + "LinkedAt").lt(before);
            var unlink = new Update().unset(messenger).unset(messenger + "LinkedAt");
            forgotten += each(
                    LINKS,
                    old,
                    guard -> mongo.findAndModify(guard, unlink, FindAndModifyOptions.none(), Document.class, LINKS));
        }
        // A number left with no messenger is removed; one linked again meanwhile stays.
        each(
                LINKS,
                where("viber").exists(false).and("telegram").exists(false),
                guard -> mongo.findAndRemove(guard, Document.class, LINKS));
        return forgotten
                + each(
                        PHONES,
                        where("linkedAt").lt(before),
                        guard -> mongo.findAndRemove(guard, Document.class, PHONES));
    }

    /** Applies {@code change} to each document {@code matching} finds, guarded by its id and {@code matching}. */
    private long each(String collection, Criteria matching, Function<Query, Object> change) {
        var found = query(matching).cursorBatchSize(BATCH);
        found.fields().include("_id");
        long changed = 0;
        try (var ids = mongo.stream(found, Document.class, collection)) {
            for (var iterator = ids.iterator(); iterator.hasNext(); ) {
                var guard = query(new Criteria()
                        .andOperator(where("_id").is(iterator.next().get("_id")), matching));
                if (change.apply(guard) != null) {
                    changed++;
                }
            }
        }
        return changed;
    }
}
