package ua.vidguk.conversation;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.Channel;
import ua.vidguk.conversation.engine.Session;
import ua.vidguk.conversation.engine.SessionStatus;

/**
 * The answers of every finished conversation, completed or not, as reports and alerts read them.
 * Keyed by the session's id, so storing the same ending twice keeps one response.
 */
@Component
class ResponseStore {

    private final MongoTemplate mongo;

    ResponseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void store(Session ended, @Nullable String region, boolean negative) {
        try {
            mongo.insert(new Response(
                    ended.id(),
                    ended.surveyId(),
                    ended.cnapCode(),
                    region,
                    ended.channel(),
                    ended.contact().uri(),
                    ended.locale(),
                    ended.status(),
                    ended.answers(),
                    negative,
                    ended.startedAt(),
                    ended.updatedAt()));
        } catch (DuplicateKeyException alreadyStored) {
            // a retried ending: the first one stands
        }
    }

    @Nullable
    Response find(String sessionId) {
        return mongo.findById(sessionId, Response.class);
    }

    @Document("responses")
    record Response(
            @Id String sessionId,
            String surveyId,
            String cnapCode,
            @Nullable String region,
            Channel channel,
            String contact,
            String locale,
            SessionStatus outcome,
            Map<String, String> answers,
            boolean negative,
            Instant startedAt,
            Instant endedAt) {}
}
