package ua.vidguk.conversation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import ua.vidguk.conversation.engine.Session;
import ua.vidguk.scheduler.DueQueue;

/**
 * When each conversation is next due to be looked at by the {@link ExpirySweep}: its expiry as it
 * was when it opened. A reply moves a session's expiry later without touching this queue; the
 * sweep finds that out when the entry falls due and queues the session again for its new time.
 * So finding what expired costs what expired, not every conversation in progress (the embedded
 * database would scan them all).
 */
@Component
class SessionExpiries {

    private final DueQueue queue;

    SessionExpiries(MongoOperations mongo) {
        this.queue = new DueQueue(mongo, "session_expiries");
    }

    /** @param at when to look at the session; its token names it, wherever the session moves */
    void expect(String token, Instant at) {
        queue.add(at, token);
    }

    void expect(Session session) {
        if (session.expiresAt() != null) {
            expect(session.id(), session.expiresAt());
        }
    }

    List<DueQueue.Entry> due(Instant now, int limit) {
        return queue.due(now, limit);
    }

    void done(DueQueue.Entry entry) {
        queue.remove(entry);
    }
}
