package ua.vidguk.conversation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
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
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;

/**
 * Every message in and out, with the provider's id and what the provider last said about its
 * delivery. Outbound messages are found again by the provider's id through a small mapping
 * document, because the embedded database looks documents up quickly only by {@code _id}.
 */
@Component
class MessageLog {

    private final MongoTemplate mongo;

    MessageLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void received(MessageReceived message, @Nullable String sessionId) {
        insertOnce(new LoggedMessage(
                message.channel() + ":" + message.providerMessageId(),
                Direction.IN,
                message.channel(),
                message.from().uri(),
                sessionId,
                message.text(),
                message.providerMessageId(),
                DeliveryStatus.RECEIVED,
                null,
                message.receivedAt(),
                message.receivedAt()));
    }

    void sent(Channel channel, OutboundMessage message, @Nullable String sessionId, SendResult result, Instant at) {
        var logged = switch (result) {
            case SendResult.Accepted accepted ->
                outbound(channel, message, sessionId, accepted.providerMessageId(), DeliveryStatus.ACCEPTED, null, at);
            case SendResult.Refused refused ->
                outbound(channel, message, sessionId, null, DeliveryStatus.FAILED, refused.code(), at);
        };
        insertOnce(logged);
        if (logged.providerMessageId() != null) {
            insertOnce(new ProviderId(channel + ":" + logged.providerMessageId(), message.id()));
        }
    }

    /** Keeps the furthest status: reports arrive out of order, and a late "sent" must not undo "delivered". */
    @EventListener
    void on(DeliveryReported report) {
        ProviderId mapping = mongo.findById(report.channel() + ":" + report.providerMessageId(), ProviderId.class);
        if (mapping == null) {
            return; // a report about a message this installation did not send
        }
        DeliveryStatus reported = DeliveryStatus.fromProvider(report.status());
        for (int attempt = 0; attempt < 3; attempt++) {
            LoggedMessage current = mongo.findById(mapping.messageId(), LoggedMessage.class);
            if (current == null || !reported.isFurtherThan(current.status())) {
                return;
            }
            var guarded = query(where("_id").is(current.id()).and("status").is(current.status()));
            var update = new Update()
                    .set("status", reported)
                    .set("errorCode", report.errorCode())
                    .set("statusAt", report.reportedAt());
            if (mongo.findAndModify(guarded, update, FindAndModifyOptions.none(), LoggedMessage.class) != null) {
                return;
            }
        }
    }

    @Nullable
    LoggedMessage find(String id) {
        return mongo.findById(id, LoggedMessage.class);
    }

    private static LoggedMessage outbound(
            Channel channel,
            OutboundMessage message,
            @Nullable String sessionId,
            @Nullable String providerId,
            DeliveryStatus status,
            @Nullable String errorCode,
            Instant at) {
        return new LoggedMessage(
                message.id(),
                Direction.OUT,
                channel,
                message.to().uri(),
                sessionId,
                message.text(),
                providerId,
                status,
                errorCode,
                at,
                at);
    }

    private void insertOnce(Object document) {
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException alreadyLogged) {
            // a redelivered or retried record: the first one stands
        }
    }

    enum Direction {
        IN,
        OUT
    }

    @Document("messages")
    record LoggedMessage(
            @Id String id,
            Direction direction,
            Channel channel,
            String contact,
            @Nullable String sessionId,
            String text,
            @Nullable String providerMessageId,
            DeliveryStatus status,
            @Nullable String errorCode,
            Instant at,
            Instant statusAt) {}

    @Document("provider_message_ids")
    record ProviderId(@Id String id, String messageId) {}
}
