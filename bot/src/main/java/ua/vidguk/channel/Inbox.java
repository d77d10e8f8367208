package ua.vidguk.channel.sms;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.MessageReceived;

/**
 * Every message taken in, under the provider's id, so that a redelivered webhook is acknowledged
 * and ignored. The record is written before the message is handed on: the unique {@code _id}
 * decides, atomically and across instances, which delivery is the first. If handling then fails,
 * the record is removed again so that the provider's retry is taken in. It is also the log of
 * messages in (who wrote what, when): one insert does both, since each insert costs a commit.
 *
 * <p>Looked up by {@code _id} only, which the embedded server finds without a scan. {@code
 * receivedAt} is for a retention job: providers redeliver within hours, not months.
 */
@Component
class InboundMessageLog {

    static final String COLLECTION = "inbound_messages";

    private final MongoTemplate mongo;
    private final Clock clock;

    InboundMessageLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records the message; {@code false} when it was recorded before, i.e. this is a redelivery. */
    boolean firstDelivery(String key, MessageReceived message) {
        try {
            mongo.insert(
                    new Document("_id", key)
                            .append("channel", message.channel().name())
                            .append("from", message.from().uri())
                            .append("text", message.text())
                            .append("receivedAt", Date.from(clock.instant())),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException redelivered) {
            return false;
        }
    }

    void forget(String key) {
        mongo.remove(query(where("_id").is(key)), COLLECTION);
    }
}
