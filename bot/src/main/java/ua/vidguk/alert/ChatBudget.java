package ua.vidguk.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Telegram's 20 messages a minute per group, counted over a sliding minute in one document per
 * chat, so that several instances share the count. A slot is taken with a findAndModify on the
 * version that was read; a lost race reads again.
 */
@Component
class ChatBudget {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final int perMinute;

    ChatBudget(MongoTemplate mongo, AlertProperties properties) {
        this.mongo = mongo;
        this.perMinute = properties.groupMessagesPerMinute();
    }

    @Document("staff_chat_budget")
    record Budget(@Id long chatId, List<Instant> sent, long version) {}

    /** Takes one message's slot for the chat; false when the minute is full. */
    boolean take(long chatId, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Budget budget = mongo.findById(chatId, Budget.class);
            if (budget == null) {
                try {
                    mongo.insert(new Budget(chatId, List.of(now), 0));
                    return true;
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            List<Instant> recent = new ArrayList<>(budget.sent().stream()
                    .filter(at -> at.isAfter(now.minus(WINDOW)))
                    .toList());
            if (recent.size() >= perMinute) {
                return false;
            }
            recent.add(now);
            if (mongo.findAndModify(
                            query(where("_id").is(chatId).and("version").is(budget.version())),
                            new Update().set("sent", recent).set("version", budget.version() + 1),
                            FindAndModifyOptions.options().returnNew(true),
                            Budget.class)
                    != null) {
                return true;
            }
        }
        return false;
    }

    /** When the next slot frees up. */
    Instant nextFree(long chatId, Instant now) {
        Budget budget = mongo.findById(chatId, Budget.class);
        if (budget == null || budget.sent().size() < perMinute) {
            return now;
        }
        return budget.sent().get(budget.sent().size() - perMinute).plus(WINDOW);
    }
}
