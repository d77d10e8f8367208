package ua.vidguk.alert;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The bot's "how did it end?" questions, by {@code <chat>:<message>}, so that a reply to one finds
 * its case by {@code _id}. Removed when answered.
 */
@Component
class OutcomePrompts {

    static final String COLLECTION = "staff_outcome_prompts";

    private final MongoTemplate mongo;

    OutcomePrompts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document(OutcomePrompts.COLLECTION)
    record Prompt(@Id String id, String caseId, long userId, Instant askedAt) {}

    void asked(long chatId, int promptMessageId, String caseId, long userId, Instant at) {
        mongo.save(new Prompt(key(chatId, promptMessageId), caseId, userId, at));
    }

    Optional<Prompt> find(long chatId, int promptMessageId) {
        return Optional.ofNullable(mongo.findById(key(chatId, promptMessageId), Prompt.class));
    }

    void answered(Prompt prompt) {
        mongo.remove(query(where("_id").is(prompt.id())), Prompt.class);
    }

    private static String key(long chatId, int messageId) {
        return chatId + ":" + messageId;
    }
}
