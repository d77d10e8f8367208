package ua.vidguk.conversation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.DeliveryReported;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.conversation.event.MessageDelivered;

/**
 * Every message out, with the provider's id and what the provider last said about its delivery.
 * A message a provider took is stored under {@code <channel>:<provider id>}, which is what its
 * delivery reports name: the embedded database finds documents quickly only by {@code _id}, and
 * one insert a message is all the log costs. Messages in are logged by the channel that took them
 * in, in the same insert that makes redeliveries harmless.
 */
@Component
class MessageLog {

    static final String COLLECTION = "messages";

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    MessageLog(MongoTemplate mongo, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
    }

    void sent(Channel channel, OutboundMessage message, @Nullable String sessionId, SendResult result, Instant at) {
        String providerId = result instanceof SendResult.Accepted accepted ? accepted.providerMessageId() : null;
        String errorCode = result instanceof SendResult.Refused refused ? refused.code() : null;
        insertOnce(new LoggedMessage(
                providerId == null ? message.id() : channel + ":" + providerId,
                message.id(),
                channel,
                message.to().uri(),
                sessionId,
                message.text(),
                providerId,
                providerId == null ? DeliveryStatus.FAILED : DeliveryStatus.ACCEPTED,
                errorCode,
                at,
                at));
    }

    /** Keeps the furthest status: reports arrive out of order, and a late "sent" must not undo "delivered". */
    @EventListener
    void on(DeliveryReported report) {
        String id = report.channel() + ":" + report.providerMessageId();
        DeliveryStatus reported = DeliveryStatus.fromProvider(report.status());
        for (int attempt = 0; attempt < 3; attempt++) {
            LoggedMessage current = mongo.findById(id, LoggedMessage.class);
            if (current == null || !reported.isFurtherThan(current.status())) {
                return; // not ours, or news already overtaken
            }
            var guarded = query(where("_id").is(id).and("status").is(current.status()));
            var update = new Update()
                    .set("status", reported)
                    .set("errorCode", report.errorCode())
                    .set("statusAt", report.reportedAt());
            if (mongo.findAndModify(guarded, update, FindAndModifyOptions.none(), LoggedMessage.class) != null) {
                if (current.sessionId() != null
                        && (reported == DeliveryStatus.DELIVERED || reported == DeliveryStatus.READ)
                        && !current.status().isFurtherThan(DeliveryStatus.SENT)) {
                    events.publishEvent(new MessageDelivered(
                            current.sessionId(),
                            ContactAddress.parse(current.contact()),
                            current.channel(),
                            report.reportedAt()));
                }
                return;
            }
        }
    }

    private void insertOnce(LoggedMessage message) {
        try {
            mongo.insert(message);
        } catch (DuplicateKeyException alreadyLogged) {
            // a redelivered or retried record: the first one stands
        }
    }

    /**
     * @param id {@code <channel>:<provider id>} for a message a provider took; Vidguk's own id for
     *     one no provider took
     * @param messageId Vidguk's own id of an outbound message, as its log lines name it
     */
    @Document(MessageLog.COLLECTION)
    record LoggedMessage(
            @Id String id,
            String messageId,
            Channel channel,
            String contact,
            @Nullable String sessionId,
            String text,
            @Nullable String providerMessageId,
            DeliveryStatus status,
            @Nullable String errorCode,
            Instant at,
            Instant statusAt) {}
}
