package ua.vidguk.alert;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import ua.vidguk.stafflink.Scope;

/**
 * One negative response and what staff did about it. The {@code _id} is the conversation's id, so
 * an event heard twice still makes one case.
 *
 * @param alert the alert's text as posted, kept so that edits can add to it; with {@code line},
 *     its phone numbers and e-mail addresses are masked, and {@code takenBy}, {@code resolvedBy}
 *     removed, {@code vidguk.retention.case-details} after the case was resolved ({@link
 *     CaseRetention})
 * @param line the case in one line, for a folded summary
 * @param takeBy when the case goes to the region's chat unless someone took it
 * @param resolveBy when the case goes to the ministry's chat unless it was resolved
 * @param postedTo the scope whose chat got the alert, or {@code null} while it waits for a chat
 * @param chatId where the alert was posted, with {@code messageId}, so that it can be edited
 * @param folded the alert went out as a line of a summary message, without buttons of its own
 * @param centreChatUnusable the centre has a chat, but the bot could not write there when the alert
 *     was routed, so the alert went up to the region's or the ministry's chat
 * @param deliveryProblems each time a chat would not take the alert or a message about the case;
 *     {@code null} in cases stored before there was such a record
 * @param suspect why the response is suspect (it came in a burst of anonymous negative ones
 *     against the centre, {@link ua.vidguk.limits.SuspectBursts}), or {@code null}
 */
@Document(AlertCase.COLLECTION)
record AlertCase(
        @Id String id,
        String cnapCode,
        @Nullable String region,
        Status status,
        String alert,
        String line,
        Instant receivedAt,
        Instant takeBy,
        Instant resolveBy,
        @Nullable String postedTo,
        @Nullable Long chatId,
        @Nullable Integer messageId,
        boolean folded,
        @Nullable Instant deliveredAt,
        @Nullable String takenBy,
        @Nullable Instant takenAt,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt,
        @Nullable String resolution,
        boolean escalatedToRegion,
        boolean escalatedToMinistry,
        boolean centreChatUnusable,
        @Nullable List<DeliveryProblem> deliveryProblems,
        @Nullable String suspect) {

    static final String COLLECTION = "cases";

    enum Status {
        OPEN,
        TAKEN,
        RESOLVED
    }

    List<DeliveryProblem> problems() {
        return deliveryProblems == null ? List.of() : deliveryProblems;
    }

    boolean delivered() {
        return deliveredAt != null;
    }

    /** Whether a chat holding this scope may see and act on the case. */
    boolean visibleTo(Scope scope) {
        return scope.covers(cnapCode, region);
    }
}
