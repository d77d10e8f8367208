package ua.vidguk.conversation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistries;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    static final String COLLECTION = "responses";

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
                    ended.source(),
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

    /**
     * Up to {@code size} responses whose id comes after {@code afterId}, in id order, without the
     * contact: {@link ResponseRowCodec} skips it in the reply's bytes, so it never becomes an object
     * here. (Left out by a projection instead, the embedded database copied every document to leave
     * it out: a sixth of what an export allocated.) A range on
     * {@code _id} is the one query the embedded database answers from its index, lazily and in
     * order: a batch reads what it returns, however large the collection. Any other filter would
     * scan (and hold) the whole collection, so callers filter the batches themselves.
     */
    List<ResponseRow> after(String afterId, int size) {
        List<ResponseRow> rows = new ArrayList<>(size);
        try (var cursor = rows().find(new Document("_id", new Document("$gt", afterId)))
                .sort(Sorts.ascending("_id"))
                .limit(size)
                .batchSize(size)
                .cursor()) {
            cursor.forEachRemaining(rows::add);
        }
        return rows;
    }

    private MongoCollection<ResponseRow> rows() {
        MongoCollection<Document> responses = mongo.getCollection(COLLECTION);
        return responses
                .withDocumentClass(ResponseRow.class)
                .withCodecRegistry(CodecRegistries.fromRegistries(
                        CodecRegistries.fromCodecs(new ResponseRowCodec()), responses.getCodecRegistry()));
    }

    /** @param contact removed by {@link ConversationRetention} after {@code vidguk.retention.conversation-contacts} */
    @org.springframework.data.mongodb.core.mapping.Document(COLLECTION)
    record Response(
            @Id String sessionId,
            String surveyId,
            String cnapCode,
            @Nullable String region,
            Channel channel,
            @Nullable String source,
            @Nullable String contact,
            String locale,
            SessionStatus outcome,
            Map<String, String> answers,
            boolean negative,
            Instant startedAt,
            Instant endedAt) {}
}
