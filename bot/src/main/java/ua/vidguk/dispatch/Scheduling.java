package ua.vidguk.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.campaign.CampaignChanged;
import ua.vidguk.campaign.Campaigns;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.dispatch.Invitation.Status;
import ua.vidguk.scheduler.DueQueue;
import ua.vidguk.visit.AcceptedVisit;
import ua.vidguk.visit.Visits;
import ua.vidguk.visit.VisitsAccepted;

/**
 * Makes invitations: for each visit an active campaign covers, one invitation, due {@code
 * delayAfterVisit} after the visit, not before the campaign starts nor now, moved to the send
 * window's next opening. A visit reported late is still invited while it is within the
 * campaign's limits; one that no longer can be is recorded as skipped, with the reason.
 */
@Component
class Scheduling {

    private final Campaigns campaigns;
    private final CnapRegistry cnaps;
    private final Visits visits;
    private final InvitationStore invitations;
    private final DueQueue queue;
    private final Clock clock;

    Scheduling(
            Campaigns campaigns,
            CnapRegistry cnaps,
            Visits visits,
            InvitationStore invitations,
            DueQueue queue,
            Clock clock) {
        this.campaigns = campaigns;
        this.cnaps = cnaps;
        this.visits = visits;
        this.invitations = invitations;
        this.queue = queue;
        this.clock = clock;
    }

    @EventListener
    void on(VisitsAccepted accepted) {
        List<Campaign> active = campaigns.all().stream()
                .filter(campaign -> campaign.state() == Campaign.State.ACTIVE)
                .toList();
        if (active.isEmpty()) {
            return;
        }
        Map<String, Optional<String>> regions = new HashMap<>();
        for (AcceptedVisit visit : accepted.visits()) {
            String region = regions.computeIfAbsent(
                            visit.cnapCode(), code -> cnaps.find(code).map(Cnap::region))
                    .orElse("");
            active.stream()
                    .filter(campaign -> campaign.covers(visit.cnapCode(), region))
                    .forEach(campaign -> schedule(campaign, visit));
        }
    }

    @EventListener
    void on(CampaignChanged changed) {
        Campaign campaign = changed.campaign();
        Instant now = clock.instant();
        switch (campaign.state()) {
            case ACTIVE -> {
                if (changed.before() == null) {
                    takeInRecentVisits(campaign, now);
                } else {
                    resume(campaign, now);
                }
            }
            case PAUSED ->
                invitations
                        .ofCampaign(campaign.id(), Set.of(Status.SCHEDULED, Status.PENDING))
                        .forEach(invitation -> invitations.move(
                                invitation.id(), Set.of(Status.SCHEDULED, Status.PENDING), Status.PAUSED, now, null));
            case CANCELLED ->
                invitations
                        .ofCampaign(campaign.id(), Set.of(Status.SCHEDULED, Status.PENDING, Status.PAUSED))
                        .forEach(invitation -> invitations.move(
                                invitation.id(),
                                Set.of(Status.SCHEDULED, Status.PENDING, Status.PAUSED),
                                Status.CANCELLED,
                                now,
                                null));
        }
    }

    /** A new campaign also covers the visits reported before it, within its age limit. */
    private void takeInRecentVisits(Campaign campaign, Instant now) {
        Map<String, Optional<String>> regions = new HashMap<>();
        visits.since(now.minus(campaign.maxVisitAge()), visit -> {
            String region = regions.computeIfAbsent(
                            visit.cnapCode(), code -> cnaps.find(code).map(Cnap::region))
                    .orElse("");
            if (campaign.covers(visit.cnapCode(), region)) {
                schedule(campaign, visit);
            }
        });
    }

    /** Paused invitations wait again, from now. */
    private void resume(Campaign campaign, Instant now) {
        for (Invitation paused : invitations.ofCampaign(campaign.id(), Set.of(Status.PAUSED))) {
            Instant due = campaign.sendWindow().earliest(now.isAfter(paused.dueAt()) ? now : paused.dueAt());
            invitations
                    .rescheduled(paused.id(), Status.SCHEDULED, due, now)
                    .ifPresent(moved -> queue.add(due, moved.id()));
        }
    }

    void schedule(Campaign campaign, AcceptedVisit visit) {
        Instant now = clock.instant();
        Instant due = latest(visit.visitedAt().plus(campaign.delayAfterVisit()), campaign.startsAt(), now);
        due = campaign.sendWindow().earliest(due);
        String skipped = due.isAfter(campaign.endsAt())
                ? "after the campaign's end"
                : due.isAfter(visit.visitedAt().plus(campaign.maxVisitAge())) ? "visit too old" : null;
        var invitation = new Invitation(
                Invitation.id(campaign.id(), visit.externalId()),
                campaign.id(),
                visit.externalId(),
                visit.phone(),
                visit.cnapCode(),
                visit.visitedAt(),
                visit.service(),
                visit.administrator(),
                due,
                skipped == null ? Status.SCHEDULED : Status.SKIPPED,
                skipped,
                null,
                null,
                now,
                0,
                false);
        // Queued first: an entry without its invitation is dropped when due, while an invitation
        // without its entry would wait for ever.
        if (skipped == null) {
            queue.add(due, invitation.id());
        }
        invitations.add(invitation);
    }

    private static Instant latest(Instant first, Instant second, Instant third) {
        Instant later = first.isAfter(second) ? first : second;
        return later.isAfter(third) ? later : third;
    }
}
