package ua.vidguk.channel;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import ua.vidguk.retention.RetentionJob;
import ua.vidguk.retention.RetentionProperties;
import ua.vidguk.retention.Sweep;

/**
 * Removes the messages in (sender, text; visitors', staff chats', messenger openings, Viber's
 * claims) older than {@code vidguk.retention.inbound-messages}: they are kept to drop a provider's
 * redeliveries, which come within hours. Nightly, a {@link Sweep} on {@code receivedAt}: the ids
 * are the providers'.
 */
@Component
class InboundRetention implements RetentionJob {

    private final MongoTemplate mongo;
    private final Duration keep;

    InboundRetention(MongoTemplate mongo, RetentionProperties retention) {
        this.mongo = mongo;
        this.keep = retention.inboundMessages();
    }

    @Override
    public long run(Instant now) {
        return Sweep.remove(mongo, Inbox.COLLECTION, "receivedAt", now.minus(keep));
    }
}
