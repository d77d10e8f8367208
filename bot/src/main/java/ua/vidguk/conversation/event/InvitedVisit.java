package ua.vidguk.conversation.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The visit an invitation asked about, as the inviter knew it: kept with the conversation it
 * opened, so that its events can say what staff may need, even after the conversation moved to a
 * messenger and lost the phone number.
 *
 * @param reference what the inviter knows the conversation as (an invitation's id)
 * @param phone the number the visit was reported with, in E.164: personal data, never for logs
 * @param service what the visit was for, when the centre reported it
 */
public record InvitedVisit(
        String reference,
        String phone,
        Instant visitedAt,
        @Nullable String service) {}
