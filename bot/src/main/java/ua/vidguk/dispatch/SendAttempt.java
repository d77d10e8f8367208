package ua.vidguk.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.conversation.Conversations.StartOutcome;
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
    private final Clock clock;

    SendAttempt(
            InvitationStore invitations,
            DueQueue queue,
            NoRepeat noRepeat,
            RateSlots rates,
            Inviter inviter,
            DispatchProperties properties,
            Clock clock) {
        this.invitations = invitations;
        this.queue = queue;
        this.noRepeat = noRepeat;
        this.rates = rates;
        this.inviter = inviter;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param optedOut whether the visitor had opted out when the dispatcher's pass began
     * @param claims the pass's, kept while the invitation waits for its rate slot
     */
    void make(Invitation invitation, Optional<Campaign> found, boolean optedOut, Instant now, Claims claims) {
        String id = invitation.id();
        if (found.isEmpty()) {
            invitations.move(id, WAITING, Status.SKIPPED, now, "campaign deleted");
            return;
        }
        Campaign campaign = found.get();
        switch (campaign.state()) {
            case PAUSED -> invitations.move(id, WAITING, Status.PAUSED, now, null);
            case CANCELLED -> invitations.move(id, WAITING, Status.CANCELLED, now, null);
            case ACTIVE -> send(invitation, campaign, optedOut, now, claims);
        }
    }

    /**
     * An attempt whose instance stopped before the invitation was marked as on its way: nothing went
     * out, and what it left open (a conversation holding the visitor) is let go before it is made again.
     */
    void remake(Invitation invitation, Optional<Campaign> found, boolean optedOut, Instant now, Claims claims) {
        inviter.forgetUnsent(visit(invitation));
        make(invitation, found, optedOut, now, claims);
    }

    private void send(Invitation invitation, Campaign campaign, boolean optedOut, Instant now, Claims claims) {
        String id = invitation.id();
        if (now.isAfter(campaign.endsAt())) {
            invitations.move(id, WAITING, Status.SKIPPED, now, "after the campaign's end");
            return;
        }
        if (!campaign.sendWindow().isOpen(now)) {
            wait(invitation, campaign.sendWindow().earliest(now), Status.SCHEDULED, WAITING, now);
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
        NoRepeat.Claim claim = noRepeat.claim(invitation.phoneToInvite(), id, campaign.noRepeatDays(), now);
        if (claim == null) {
            invitations.move(id, WAITING, Status.SKIPPED, now, "surveyed within " + campaign.noRepeatDays() + " days");
            return;
        }
        var gate = new SendGate(id, campaign, invitations, rates, claims, clock);
        Inviter.Invited invited = inviter.invite(visit(invitation), invitation.cnapCode(), campaign.survey(), gate);
        if (invited.outcome() != StartOutcome.STARTED) {
            noRepeat.release(claim);
        }
        // An attempt moves only what is its own: the invitation it marked, or one still waiting.
        Set<Status> from = gate.marked() ? Set.of(Status.SENDING) : WAITING;
        switch (invited.outcome()) {
            case STARTED -> {
                invitations.sent(id, invited.channel(), invited.sessionId(), now);
                if (campaign.reminderAfter() != null) {
                    queue.add(now.plus(campaign.reminderAfter()), Reminders.work(id));
                }
            }
            case BUSY -> {
                Instant later = campaign.sendWindow().earliest(now.plus(properties.busyRetry()));
                if (later.isAfter(invitation.visitedAt().plus(campaign.maxVisitAge()))
                        || later.isAfter(campaign.endsAt())) {
                    invitations.move(id, from, Status.SKIPPED, now, "visitor in another survey");
                } else {
                    wait(invitation, later, Status.PENDING, from, now);
                }
            }
            case OPTED_OUT -> invitations.move(id, from, Status.OPTED_OUT, now, null);
            case REFUSED -> invitations.move(id, from, Status.FAILED, now, "refused by every channel");
            case WITHHELD -> withheld(invitation, campaign, gate);
        }
    }

    /** Held back after its rate wait, before anything went out: as if found so when the pass began. */
    private void withheld(Invitation invitation, Campaign campaign, SendGate gate) {
        Instant now = clock.instant();
        switch (gate.held()) {
            case WINDOW_CLOSED -> {
                Instant closedAt = gate.lookedAt() == null ? now : gate.lookedAt();
                wait(invitation, campaign.sendWindow().earliest(closedAt), Status.SCHEDULED, WAITING, now);
            }
            case CAMPAIGN_ENDED ->
                invitations.move(invitation.id(), WAITING, Status.SKIPPED, now, "after the campaign's end");
            case NOT, NO_LONGER_WAITING -> {}
        }
    }

    /** Queued first, as when scheduled: an entry without a waiting invitation is dropped when due. */
    private void wait(Invitation invitation, Instant due, Status status, Set<Status> from, Instant now) {
        queue.add(due, invitation.id());
        invitations.rescheduled(invitation.id(), from, status, due, now);
    }

    private static InvitedVisit visit(Invitation invitation) {
        return new InvitedVisit(
                invitation.id(), invitation.phoneToInvite(), invitation.visitedAt(), invitation.service());
    }
}
