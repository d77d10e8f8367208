package ua.vidguk.alert;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import ua.vidguk.stafflink.Scope;

/**
 * One negative response and what staff did about it. The {@code _id} is the conversation's id, so
 * an event heard twice still makes one case.
 *
 * @param alert the alert's text as posted, kept so that edits can add to it
 * @param line the case in one line, for a folded summary
 * @param takeBy when the case goes to the region's chat unless someone took it
 * @param resolveBy when the case goes to the ministry's chat unless it was resolved
 * @param postedTo the scope whose chat got the alert, or {@code null} while it waits for a chat
 * @param chatId where the alert was posted, with {@code messageId}, so that it can be edited
 * @param folded the alert went out as a line of a summary message, without buttons of its own
 */
@Document("cases")
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
        boolean escalatedToMinistry) {

    enum Status {
        OPEN,
        TAKEN,
        RESOLVED
    }

    boolean delivered() {
        return deliveredAt != null;
    }

    /** Whether a chat holding this scope may see and act on the case. */
    boolean visibleTo(Scope scope) {
        return scope.covers(cnapCode, region);
    }
}
