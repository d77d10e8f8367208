package ua.vidguk.dispatch;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.conversation.Conversations;
import ua.vidguk.dispatch.Invitation.Status;
import ua.vidguk.scheduler.DueQueue;

/**
 * The one reminder a campaign may send {@code reminderAfter} an invitation nobody answered. It
 * waits in the same queue as invitations, under its own work name, and keeps the send window.
 */
@Component
class Reminders {

    private static final String PREFIX = "reminder:";
    private static final Set<Status> UNANSWERED = Set.of(Status.SENT, Status.DELIVERED);

    private final InvitationStore invitations;
    private final Conversations conversations;
    private final DueQueue queue;

    Reminders(InvitationStore invitations, Conversations conversations, DueQueue queue) {
        this.invitations = invitations;
        this.conversations = conversations;
        this.queue = queue;
    }

    static String work(String invitationId) {
        return PREFIX + invitationId;
    }

    static String invitationId(String work) {
        return work.substring(PREFIX.length());
    }

    static boolean isReminder(String work) {
        return work.startsWith(PREFIX);
    }

    void remind(String work, Optional<Campaign> campaign, Instant now) {
        String invitationId = invitationId(work);
        Optional<Invitation> invitation =
                invitations.find(invitationId).filter(found -> UNANSWERED.contains(found.status()));
        if (invitation.isEmpty() || invitation.get().sessionId() == null) {
            return;
        }
        if (campaign.isPresent() && campaign.get().state() != Campaign.State.ACTIVE) {
            return;
        }
        if (campaign.isPresent() && !campaign.get().sendWindow().isOpen(now)) {
            queue.add(campaign.get().sendWindow().earliest(now), work);
            return;
        }
        conversations.remind(invitation.get().sessionId());
    }
}
