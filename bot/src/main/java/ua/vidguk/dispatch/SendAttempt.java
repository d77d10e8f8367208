package ua.vidguk.dispatch;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.conversation.Inviter;
import ua.vidguk.conversation.event.InvitedVisit;
import ua.vidguk.dispatch.Invitation.Status;
import ua.vidguk.scheduler.DueQueue;

/** One claimed invitation, checked again now that it is due, then sent or settled otherwise. */
@Component
class SendAttempt {

    private static final Set<Status> WAITING = Set.of(Status.SCHEDULED, Status.PENDING);

    private final InvitationStore invitations;
    private final DueQueue queue;
    private final NoRepeat noRepeat;
    private final RateSlots rates;
    private final Inviter inviter;
    private final DispatchProperties properties;

    SendAttempt(
            InvitationStore invitations,
            DueQueue queue,
            NoRepeat noRepeat,
            RateSlots rates,
            Inviter inviter,
            DispatchProperties properties) {
        this.invitations = invitations;
        this.queue = queue;
        this.noRepeat = noRepeat;
        this.rates = rates;
        this.inviter = inviter;
        this.properties = properties;
    }

    /** @param optedOut whether the visitor had opted out when the dispatcher's pass began */
    void make(Invitation invitation, Optional<Campaign> found, boolean optedOut, Instant now) {
        String id = invitation.id();
        if (found.isEmpty()) {
            invitations.move(id, WAITING, Status.SKIPPED, now, "campaign deleted");
            return;
        }
        Campaign campaign = found.get();
        switch (campaign.state()) {
            case PAUSED -> invitations.move(id, WAITING, Status.PAUSED, now, null);
            case CANCELLED -> invitations.move(id, WAITING, Status.CANCELLED, now, null);
            case ACTIVE -> send(invitation, campaign, optedOut, now);
        }
    }

    private void send(Invitation invitation, Campaign campaign, boolean optedOut, Instant now) {
        String id = invitation.id();
        if (now.isAfter(campaign.endsAt())) {
            invitations.move(id, WAITING, Status.SKIPPED, now, "after the campaign's end");
            return;
        }
        if (!campaign.sendWindow().isOpen(now)) {
            wait(invitation, campaign.sendWindow().earliest(now), Status.SCHEDULED, now);
            return;
        }
        if (now.isAfter(invitation.visitedAt().plus(campaign.maxVisitAge()))) {
            invitations.move(id, WAITING, Status.SKIPPED, now, "visit too old");
            return;
        }
        // Before the no-repeat rule, so that an opted-out visitor is counted as such. An opt-out
        // since the pass began is caught by the Inviter.
        if (optedOut) {
            invitations.move(id, WAITING, Status.OPTED_OUT, now, null);
            return;
        }
        NoRepeat.Claim claim = noRepeat.claim(invitation.phone(), campaign.noRepeatDays(), now);
        if (claim == null) {
            invitations.move(id, WAITING, Status.SKIPPED, now, "surveyed within " + campaign.noRepeatDays() + " days");
            return;
        }
        var visit = new InvitedVisit(id, invitation.phone(), invitation.visitedAt(), invitation.service());
        Inviter.Invited invited = inviter.invite(visit, invitation.cnapCode(), campaign.survey(), channel -> {
            Integer rate = campaign.ratePerSecond().get(channel);
            if (rate != null) {
                rates.acquire(campaign.id(), channel, rate);
            }
        });
        switch (invited.outcome()) {
            case STARTED -> {
                invitations.sent(id, invited.channel(), invited.sessionId(), now);
                if (campaign.reminderAfter() != null) {
                    queue.add(now.plus(campaign.reminderAfter()), Reminders.work(id));
                }
            }
            case BUSY -> {
                noRepeat.release(claim);
                Instant later = campaign.sendWindow().earliest(now.plus(properties.busyRetry()));
                if (later.isAfter(invitation.visitedAt().plus(campaign.maxVisitAge()))
                        || later.isAfter(campaign.endsAt())) {
                    invitations.move(id, WAITING, Status.SKIPPED, now, "visitor in another survey");
                } else {
                    wait(invitation, later, Status.PENDING, now);
                }
            }
            case OPTED_OUT -> {
                noRepeat.release(claim);
                invitations.move(id, WAITING, Status.OPTED_OUT, now, null);
            }
            case REFUSED -> {
                noRepeat.release(claim);
                invitations.move(id, WAITING, Status.FAILED, now, "refused by every channel");
            }
        }
    }

    /** Queued first, as when scheduled: an entry without a waiting invitation is dropped when due. */
    private void wait(Invitation invitation, Instant due, Status status, Instant now) {
        queue.add(due, invitation.id());
        invitations.rescheduled(invitation.id(), status, due, now);
    }
}
