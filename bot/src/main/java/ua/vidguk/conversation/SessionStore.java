package ua.vidguk.conversation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.conversation.engine.Session;
import ua.vidguk.conversation.engine.SessionStatus;
import ua.vidguk.conversation.event.ConversationEvent;

/**
 * Conversations in progress, one per contact: the document's {@code _id} is the contact, so "one
 * active survey per contact" is the database's own uniqueness. Every change replaces the document
 * only if it still holds the version that was read, so two replies racing cannot both advance it.
 * All of these are {@code findAndModify} by {@code _id}: the embedded database would scan for
 * anything else (docs/benchmarks.md).
 */
@Component
class SessionStore {

    private final MongoTemplate mongo;
    private final SessionExpiries expiries;
    private final VisitTokens tokens;
    // What this instance last stored or read of a conversation in progress: a survey's replies come
    // minutes apart, and each would read its session again. A stale one (another instance changed
    // or closed it) fails its guarded change, and the caller reads it again with find().
    private final Cache<String, ActiveSession> recent = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(15))
            .build();

    SessionStore(MongoTemplate mongo, SessionExpiries expiries, VisitTokens tokens) {
        this.mongo = mongo;
        this.expiries = expiries;
        this.tokens = tokens;
    }

    /**
     * @param reference what the caller knows the conversation as (an invitation's id), kept with
     *     its token
     * @return false when the contact is already in a conversation
     */
    boolean open(Session session, @Nullable String reference) {
        // Its expiry and token first: orphans of these are harmless, while a session without them
        // would hold the contact busy for ever, or with no invitation sent.
        expiries.expect(session);
        recent.invalidate(session.contact().uri());
        tokens.issue(session, reference);
        try {
            mongo.insert(new ActiveSession(session.contact().uri(), null, session));
            return true;
        } catch (DuplicateKeyException busy) {
            return false;
        }
    }

    /** The visit a link's token was made for, and whether its conversation is still in progress. */
    Optional<Visit> visit(String token) {
        return tokens.find(token).map(visit -> {
            ActiveSession active =
                    visit.contact() == null ? null : mongo.findById(visit.contact(), ActiveSession.class);
            boolean open = active != null && active.session().id().equals(token);
            return new Visit(token, visit.cnapName(), open);
        });
    }

    /** What the caller that opened a conversation knows it as; empty when it gave nothing. */
    Optional<String> reference(String token) {
        return tokens.find(token).map(VisitTokens.VisitToken::reference);
    }

    /** The conversation a link's token was made for, while it is in progress. */
    Optional<ActiveSession> byToken(String token) {
        return tokens.find(token)
                .flatMap(visit -> Optional.ofNullable(visit.contact())
                        .map(contact -> mongo.findById(contact, ActiveSession.class)))
                .filter(active -> active.session().id().equals(token));
    }

    enum Move {
        MOVED,
        /** The new address is in a conversation of its own. */
        BUSY,
        /** The conversation changed meanwhile: read it again. */
        CHANGED
    }

    /**
     * Carries a conversation over to another address (the session's new contact): the new document
     * first, so that the conversation is never nowhere; the old one is removed only if it is still
     * the version that was read, else the new one is taken back.
     */
    Move move(ActiveSession current, Session moved) {
        var there = new ActiveSession(moved.contact().uri(), null, moved);
        recent.invalidate(current.contact());
        recent.invalidate(there.contact());
        try {
            mongo.insert(there);
        } catch (DuplicateKeyException busy) {
            return Move.BUSY;
        }
        if (mongo.findAndRemove(expected(current), ActiveSession.class) == null) {
            mongo.findAndRemove(expected(there), ActiveSession.class);
            return Move.CHANGED;
        }
        tokens.movedTo(moved.id(), there.contact());
        return Move.MOVED;
    }

    Optional<ActiveSession> find(ContactAddress contact) {
        ActiveSession stored = mongo.findById(contact.uri(), ActiveSession.class);
        if (stored != null) {
            recent.put(stored.contact(), stored);
        }
        return Optional.ofNullable(stored);
    }

    /** As this instance last saw it, else as stored: may be stale, see {@link #recent}. */
    Optional<ActiveSession> recent(ContactAddress contact) {
        ActiveSession seen = recent.getIfPresent(contact.uri());
        return seen != null ? Optional.of(seen) : find(contact);
    }

    /**
     * @param replacement the conversation's next state, with the inbound message it answers (so a
     *     redelivery is recognised) and, when it ends, the facts its end must still publish
     * @return false when someone else changed the conversation first
     */
    boolean replace(ActiveSession current, ActiveSession replacement) {
        boolean replaced = mongo.findAndReplace(expected(current), replacement, FindAndReplaceOptions.none()) != null;
        if (replaced) {
            recent.put(replacement.contact(), replacement);
        } else {
            recent.invalidate(current.contact());
        }
        return replaced;
    }

    /** Removes an ended conversation, if it is still the version that ended it. */
    void close(ActiveSession ended) {
        recent.invalidate(ended.contact());
        mongo.findAndRemove(expected(ended), ActiveSession.class);
    }

    /**
     * Conversations that ended but were not closed: a stop between storing the end and closing
     * leaves them. Scans the collection (conversations in progress), so it runs once, at start-up.
     */
    List<ActiveSession> ended() {
        return mongo.find(query(where("session.status").ne(SessionStatus.ACTIVE.name())), ActiveSession.class);
    }

    private static Query expected(ActiveSession session) {
        return query(where("_id")
                .is(session.contact())
                .and("session.version")
                .is(session.session().version()));
    }

    /**
     * @param contact the contact's stored form, e.g. {@code tel:+380…}
     * @param lastMessage the id of the last inbound message applied
     * @param session the conversation; its {@code version} guards every change. Its invited visit
     *     holds a phone number, which goes when the document does (see {@link Session#visit()})
     * @param outbox the facts of the step that ended the conversation, stored with that end in the
     *     same write, so that whoever finishes it (this instance, the sweep, the next start)
     *     publishes them again if they were not heard: the embedded database has no transactions.
     *     Empty while the conversation is in progress
     */
    @Document("sessions")
    record ActiveSession(
            @Id String contact, @Nullable String lastMessage, Session session, List<ConversationEvent> outbox) {

        @PersistenceCreator
        ActiveSession {
            outbox = outbox == null ? List.of() : List.copyOf(outbox);
        }

        ActiveSession(String contact, @Nullable String lastMessage, Session session) {
            this(contact, lastMessage, session, List.of());
        }
    }
}
