package ua.vidguk.channel.viber;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import ua.vidguk.contact.ContactAddress;

/**
 * The first-delivery check for a shared phone number, which is handled here rather than handed on
 * by the {@link ua.vidguk.channel.Inbox}: the conversation would take it as an answer. Same
 * collection and key as the inbox ({@code viber:<message_token>}, unique across Viber's events), so
 * the record of what came in stays one.
 */
@Component
class ViberClaims {

    private static final String COLLECTION = "inbound_messages";

    private final MongoTemplate mongo;

    ViberClaims(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return false when this message token was claimed before (a redelivery) */
    boolean claim(String messageToken, ContactAddress from, String event, Instant at) {
        try {
            mongo.insert(
                    new Document("_id", key(messageToken))
                            .append("channel", "VIBER")
                            .append("from", from.uri())
                            .append("event", event)
                            .append("receivedAt", Date.from(at)),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException redelivered) {
            return false;
        }
    }

    /** Forgets a claim whose handling failed, so that Viber's retry is taken in. */
    void release(String messageToken) {
        mongo.remove(query(where("_id").is(key(messageToken))), COLLECTION);
    }

    private static String key(String messageToken) {
        return "viber:" + messageToken;
    }
}
