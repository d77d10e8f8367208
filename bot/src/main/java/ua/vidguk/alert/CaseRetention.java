package ua.vidguk.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.contact.PhoneMask;
import ua.vidguk.retention.RetentionJob;
import ua.vidguk.retention.RetentionProperties;
import ua.vidguk.retention.Sweep;

/**
 * Takes the personal details out of cases resolved {@code vidguk.retention.case-details} ago: the
 * phone numbers (in full when the visitor agreed to a call) and e-mail addresses in the alert's
 * text and its one line are masked, and the staff's names who took and resolved it removed. The
 * status, times, resolution, centre and the rest of the comment stay, for the figures of resolved
 * cases and for coordinators. Open cases keep everything until resolved. Nightly, a {@link Sweep}
 * on {@code resolvedAt}: the ids are conversations'; a resolved case changes no more, so each is
 * updated by {@code _id}, and marked ({@code detailsRemovedAt}) so that the next night passes it
 * by. Unanswered questions of how a case ended ({@code staff_outcome_prompts}, a staff member's
 * Telegram id) are removed after the same time.
 */
@Component
class CaseRetention implements RetentionJob {

    private final MongoTemplate mongo;
    private final Duration keep;

    CaseRetention(MongoTemplate mongo, RetentionProperties retention) {
        this.mongo = mongo;
        this.keep = retention.caseDetails();
    }

    @Override
    public long run(Instant now) {
        Predicate<Document> resolvedLongAgo = Sweep.before("resolvedAt", now.minus(keep));
        long cases = Sweep.update(
                mongo,
                AlertCase.COLLECTION,
                List.of("status", "resolvedAt", "detailsRemovedAt", "alert", "line"),
                found -> AlertCase.Status.RESOLVED.name().equals(found.getString("status"))
                        && resolvedLongAgo.test(found)
                        && !found.containsKey("detailsRemovedAt"),
                found -> strip(found, now));
        // An unanswered "how did it end?" (a staff member's Telegram id) is of no use by then either.
        long prompts = Sweep.remove(mongo, OutcomePrompts.COLLECTION, "askedAt", now.minus(keep));
        return cases + prompts;
    }

    private static Update strip(Document found, Instant now) {
        return new Update()
                .set("alert", masked(found.getString("alert")))
                .set("line", masked(found.getString("line")))
                .unset("takenBy")
                .unset("resolvedBy")
                .set("detailsRemovedAt", now);
    }

    private static @Nullable String masked(@Nullable String text) {
        return text == null ? null : PhoneMask.maskAll(text);
    }
}
