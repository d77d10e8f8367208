package ua.vidguk.conversation;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import ua.vidguk.conversation.engine.Session;

/**
 * The tokens in visit links (a conversation's id), by {@code _id}: which address the conversation
 * is held at, the centre's name for the visit page, and what the caller that opened it named it.
 * Kept after the conversation ends, so that an old link still says so.
 */
@Component
class VisitTokens {

    static final String COLLECTION = "visit_tokens";

    private final MongoTemplate mongo;

    VisitTokens(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param contact the address's stored form, e.g. {@code tel:+380…}; removed by {@link
     *     ConversationRetention} once the conversation is long over (the link then says it ended)
     * @param reference what the caller knows the conversation as (an invitation's id)
     */
    @Document(VisitTokens.COLLECTION)
    record VisitToken(
            @Id String token,
            @Nullable String contact,
            String cnapName,
            Instant createdAt,
            @Nullable String reference) {}

    void issue(Session session, @Nullable String reference) {
        mongo.insert(new VisitToken(
                session.id(), session.contact().uri(), session.cnapName(), session.startedAt(), reference));
    }

    Optional<VisitToken> find(String token) {
        return Optional.ofNullable(mongo.findById(token, VisitToken.class));
    }

    /** The conversation now lives at another address (it moved to a messenger). */
    void movedTo(String token, String contact) {
        find(token)
                .ifPresent(found -> mongo.save(new VisitToken(
                        found.token(), contact, found.cnapName(), found.createdAt(), found.reference())));
    }
}
