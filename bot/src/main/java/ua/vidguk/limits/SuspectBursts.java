package ua.vidguk.limits;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Whether an anonymous negative response (one no reported visit stands behind: a QR code's
 * survey in a messenger or the browser) came in a burst against its centre: more than {@code
 * vidguk.limits.burst-negatives} within {@code vidguk.limits.burst-window}, this one included.
 * Such a response is not dropped; the caller marks it.
 *
 * <p>One document per centre and fixed window in {@code burst_windows}, changed by one {@code
 * findAndModify} upsert with {@code $addToSet} on its {@code _id}: instances share it, and a
 * response heard again (an end published once more after a failure) is not counted twice. It
 * holds times and response ids only, nothing of the visitor.
 */
@Component
public class SuspectBursts {

    static final String COLLECTION = "burst_windows";

    private static final Logger log = LoggerFactory.getLogger(SuspectBursts.class);

    private final MongoTemplate mongo;
    private final int threshold;
    private final Duration window;

    SuspectBursts(MongoTemplate mongo, LimitsProperties properties) {
        this.mongo = mongo;
        this.threshold = properties.burstNegatives();
        this.window = properties.burstWindow();
    }

    @Document(COLLECTION)
    record Window(@Id String id, List<String> seen) {}

    /**
     * Counts the response and answers whether it is part of a burst.
     *
     * @param responseId the conversation's id: the same response counts once
     * @param at when the response was received
     */
    public Optional<Suspicion> anonymousNegative(String cnapCode, String responseId, Instant at) {
        Instant start = LimitKeys.windowStart(at, window);
        String id = LimitKeys.window(start, cnapCode);
        Window current = mongo.findById(id, Window.class);
        boolean full = current != null && current.seen().size() >= LimitsProperties.BURST_KEPT;
        if (!full) {
            current = add(id, BurstWindow.entry(at, responseId));
        }
        List<List<String>> seen = new ArrayList<>();
        seen.add(seen(current));
        seen.add(seen(mongo.findById(LimitKeys.window(start.minus(window), cnapCode), Window.class)));
        int count = BurstWindow.count(seen, at, window) + (full ? 1 : 0);
        if (count <= threshold) {
            return Optional.empty();
        }
        if (count == threshold + 1) {
            log.warn("Suspect burst: {} anonymous negative responses about {} within {}", count, cnapCode, window);
        }
        return Optional.of(new Suspicion(count, threshold, window));
    }

    private Window add(String id, String entry) {
        var update = new Update().addToSet("seen", entry);
        var options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(query(where("_id").is(id)), update, options, Window.class);
        } catch (DuplicateKeyException raced) {
            return mongo.findAndModify(query(where("_id").is(id)), update, options, Window.class);
        }
    }

    private static List<String> seen(@Nullable Window window) {
        return window == null || window.seen() == null ? List.of() : window.seen();
    }
}
