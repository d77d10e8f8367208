package ua.vidguk.dispatch;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import ua.vidguk.channel.Channel;

/**
 * One visit's invitation in one campaign: at most one per campaign and visit (the {@code _id}),
 * however often the visit is reported or the campaign resumed.
 *
 * @param service what the visit was for, when the centre reported it: copied from the visit, so
 *     that sending needs no look at the visits
 * @param administrator who served the visit, when the centre reported it: copied from the visit
 *     like the service, so that the figures find it from the conversation in one look ({@link
 *     InvitedVisits})
 * @param phone the visitor's number; removed, with {@code administrator}, by {@link
 *     DispatchRetention} from an invitation no longer waiting, {@code
 *     vidguk.retention.invitation-contacts} after its last change
 * @param reason why it was skipped or failed
 * @param smsSegments once completed, the paid SMS parts its conversation cost (its thank-you
 *     included), as the conversation counted them; 0 before
 * @param linkTaken once completed, whether the visitor went on in the browser from its link. Both
 *     are never null once built: an invitation stored before they were kept reads as 0 and false
 */
@Document(Invitation.COLLECTION)
record Invitation(
        @Id String id,
        String campaignId,
        String visitId,
        @Nullable String phone,
        String cnapCode,
        Instant visitedAt,
        @Nullable String service,
        @Nullable String administrator,
        Instant dueAt,
        Status status,
        @Nullable String reason,
        @Nullable Channel channel,
        @Nullable String sessionId,
        Instant updatedAt,
        Integer smsSegments,
        Boolean linkTaken) {

    Invitation {
        // Boxed for the invitations stored before these were kept, which have neither.
        smsSegments = smsSegments == null ? 0 : smsSegments;
        linkTaken = linkTaken != null && linkTaken;
    }

    static final String COLLECTION = "invitations";

    /** The number to invite: only invitations no longer waiting lose it ({@link DispatchRetention}). */
    String phoneToInvite() {
        return java.util.Objects.requireNonNull(phone, "A waiting invitation keeps its phone number");
    }

    enum Status {
        /** Waits in the queue for its time. */
        SCHEDULED,
        /** Waits because the visitor is in another survey. */
        PENDING,
        /** Its campaign is paused. */
        PAUSED,
        /**
         * Its rate slot came and its last look passed: its first message may have gone to the
         * provider, the outcome is not recorded yet. Left so by a stopped instance, it becomes
         * {@link #UNKNOWN}; an invitation that never got here is sent by whoever takes it over.
         */
        SENDING,
        SENT,
        DELIVERED,
        ANSWERED,
        COMPLETED,
        EXPIRED,
        FAILED,
        OPTED_OUT,
        SKIPPED,
        CANCELLED,
        /** The instance sending it stopped while {@link #SENDING}: it may have gone out, so it is never sent again. */
        UNKNOWN;

        boolean waiting() {
            return this == SCHEDULED || this == PENDING || this == PAUSED;
        }
    }

    static String id(String campaignId, String visitId) {
        return campaignId + ":" + visitId;
    }
}
