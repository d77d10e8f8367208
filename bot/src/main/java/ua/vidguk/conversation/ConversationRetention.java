package ua.vidguk.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.retention.RetentionJob;
import ua.vidguk.retention.RetentionProperties;
import ua.vidguk.retention.Sweep;

/**
 * What conversations stored about a person, once nothing needs it: the contact of responses and
 * visit tokens after {@code vidguk.retention.conversation-contacts} (the answers, the token's
 * centre and reference stay: exports and reports read the answers for years, an old link still
 * says the survey ended), the log of messages out after {@code vidguk.retention.messages}, and the
 * day's "no open survey" notices once their Kyiv day is over. Nightly; none of these ids starts
 * with the time, so each is a {@link Sweep} except the notices, whose day is in their own field.
 * Nothing on the reply path writes for it.
 */
@Component
class ConversationRetention implements RetentionJob {

    private final MongoTemplate mongo;
    private final RetentionProperties retention;

    ConversationRetention(MongoTemplate mongo, RetentionProperties retention) {
        this.mongo = mongo;
        this.retention = retention;
    }

    @Override
    public long run(Instant now) {
        Instant contacts = now.minus(retention.conversationContacts());
        Predicate<Document> ended = Sweep.before("endedAt", contacts);
        long responses = Sweep.update(
                mongo,
                ResponseStore.COLLECTION,
                List.of("endedAt", "contact"),
                found -> ended.test(found) && found.containsKey("contact"),
                new Update().unset("contact"));
        Predicate<Document> created = Sweep.before("createdAt", contacts);
        long tokens = Sweep.update(
                mongo,
                VisitTokens.COLLECTION,
                List.of("createdAt", "contact"),
                found -> created.test(found) && found.containsKey("contact"),
                new Update().unset("contact"));
        long messages = Sweep.remove(mongo, MessageLog.COLLECTION, "at", now.minus(retention.messages()));
        // Yesterday's stay one day more: an instance's clock a little behind may still claim on it.
        String yesterday =
                LocalDate.ofInstant(now, DailyNotice.KYIV).minusDays(1).toString();
        long notices = Sweep.remove(
                mongo,
                DailyNotice.COLLECTION,
                List.of("day"),
                found -> found.get("day") instanceof String day && day.compareTo(yesterday) < 0);
        return responses + tokens + messages + notices;
    }
}
