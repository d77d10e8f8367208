package ua.vidguk.channel;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Date;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Where every channel hands in what a visitor sent: each message once, however often the provider
 * delivers it.
 *
 * <p>Every message is recorded under the channel and the provider's id before it is handed on as
 * {@link MessageReceived} (a reply) or {@link MessengerOpened} (the bot opened from a link): the unique {@code _id} decides, atomically and across instances, which
 * delivery is the first. If handling then fails, the record is removed again and the failure
 * thrown, so that the channel answers with an error and the provider's retry is taken in. The
 * record is also the log of messages in (who wrote what, when): one insert does both, since each
 * insert costs a commit.
 *
 * <p>Looked up by {@code _id} only, which the embedded server finds without a scan. {@code
 * receivedAt} is for a retention job: providers redeliver within hours, not months.
 */
@Component
public class Inbox {

    static final String COLLECTION = "inbound_messages";

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    Inbox(MongoTemplate mongo, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
    }

    /**
     * Records the message and hands it on.
     *
     * @return false for a redelivery, which is not handed on again
     * @throws RuntimeException when handling failed; the message is then forgotten, so that a
     *     redelivery is taken as new
     */
    public boolean receive(MessageReceived message) {
        return handOn(message.channel(), message.providerMessageId(), inbound(message), message);
    }

    /**
     * Records the opening of a messenger and hands it on, as {@link #receive(MessageReceived)} does
     * a message: each opening once, and one whose handling failed is forgotten again.
     *
     * @return false for a redelivery, which is not handed on again
     */
    public boolean receive(MessengerOpened opened) {
        var record = new Document("channel", opened.channel().name())
                .append("from", opened.from().uri())
                .append("event", "opened")
                .append("text", opened.payload())
                .append("receivedAt", Date.from(opened.openedAt()));
        return handOn(opened.channel(), opened.providerMessageId(), record, opened);
    }

    private boolean handOn(Channel channel, String providerMessageId, Document record, Object event) {
        String key = key(channel, providerMessageId);
        if (!insert(key, record)) {
            return false;
        }
        try {
            events.publishEvent(event);
            return true;
        } catch (RuntimeException e) {
            forget(key);
            throw e;
        }
    }

    /**
     * Records a message that its channel handles itself rather than as a reply (a shared phone
     * number, a staff chat's message), without handing it on: the same record drops its
     * redeliveries.
     *
     * @return false for a redelivery
     */
    public boolean record(MessageReceived message) {
        return insert(key(message.channel(), message.providerMessageId()), inbound(message));
    }

    /** Removes the record of a message whose handling failed, so that its redelivery is taken as new. */
    public void forget(MessageReceived message) {
        forget(key(message.channel(), message.providerMessageId()));
    }

    private static Document inbound(MessageReceived message) {
        return new Document("channel", message.channel().name())
                .append("from", message.from().uri())
                .append("text", message.text())
                .append("receivedAt", Date.from(message.receivedAt()));
    }

    private boolean insert(String key, Document record) {
        try {
            var document = new Document("_id", key);
            document.putAll(record);
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException redelivered) {
            return false;
        }
    }

    private void forget(String key) {
        mongo.remove(query(where("_id").is(key)), COLLECTION);
    }

    // Twilio's SIDs keep the prefix they always had in this collection.
    static String key(Channel channel, String providerMessageId) {
        return (channel == Channel.SMS ? "twilio" : channel.name().toLowerCase(java.util.Locale.ROOT)) + ":"
                + providerMessageId;
    }
}
