package ua.vidguk.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.campaign.Campaigns;
import ua.vidguk.dispatch.Invitation.Status;
import ua.vidguk.scheduler.DueQueue;

/**
 * One pass over what is due: each invitation is claimed by its {@code _id} with a lease (so no two
 * instances send it), checked again at send time (campaign state and end, send window, visit age,
 * opt-out, no repeat), sent through the {@code Inviter} at the campaign's rate, and recorded.
 * Invitations go out in parallel, as replies come in: the store commits many writers at once.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final Set<Status> WAITING = Set.of(Status.SCHEDULED, Status.PENDING);
    private static final int PARALLEL = 32;

    private final DueQueue queue;
    private final InvitationStore invitations;
    private final Campaigns campaigns;
    private final SendAttempt attempt;
    private final Reminders reminders;
    private final DispatchProperties properties;
    private final Clock clock;
    private final String owner = "instance-" + UUID.randomUUID();

    Dispatcher(
            DueQueue queue,
            InvitationStore invitations,
            Campaigns campaigns,
            SendAttempt attempt,
            Reminders reminders,
            DispatchProperties properties,
            Clock clock) {
        this.queue = queue;
        this.invitations = invitations;
        this.campaigns = campaigns;
        this.attempt = attempt;
        this.reminders = reminders;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many due entries this pass settled */
    int dispatchDue() {
        Instant now = clock.instant();
        var due = queue.due(now, properties.batch());
        Map<String, Optional<Campaign>> campaignsById = new ConcurrentHashMap<>();
        var settled = new AtomicInteger();
        var slots = new Semaphore(PARALLEL);
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (DueQueue.Entry entry : due) {
                slots.acquireUninterruptibly();
                workers.submit(() -> {
                    try {
                        if (settle(entry, now, campaignsById)) {
                            settled.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        log.error("Invitation {} could not be dispatched; its lease will run out", entry.work(), e);
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        return settled.get();
    }

    private boolean settle(DueQueue.Entry entry, Instant now, Map<String, Optional<Campaign>> campaignsById) {
        Instant leaseUntil = now.plus(properties.lease());
        if (entry.state() == DueQueue.State.CLAIMED) {
            // Its instance stopped while sending: the invitation may have gone out, so it never goes again.
            return queue.takeOver(entry, owner, now, leaseUntil)
                    .map(mine -> {
                        // A reminder interrupted the same way is simply not sent: at most once is the rule.
                        if (!Reminders.isReminder(mine.work())) {
                            invitations.move(mine.work(), WAITING, Status.UNKNOWN, now, "interrupted while sending");
                        }
                        queue.remove(mine);
                        return true;
                    })
                    .orElse(false);
        }
        Optional<DueQueue.Entry> claimed = queue.claim(entry, owner, leaseUntil);
        if (claimed.isEmpty()) {
            return false;
        }
        if (Reminders.isReminder(entry.work())) {
            Optional<Campaign> campaign = invitations
                    .find(Reminders.invitationId(entry.work()))
                    .flatMap(found -> campaignsById.computeIfAbsent(found.campaignId(), campaigns::find));
            reminders.remind(entry.work(), campaign, clock.instant());
            queue.remove(claimed.get());
            return true;
        }
        Optional<Invitation> invitation =
                invitations.find(entry.work()).filter(found -> WAITING.contains(found.status()));
        if (invitation.isPresent()) {
            Optional<Campaign> campaign =
                    campaignsById.computeIfAbsent(invitation.get().campaignId(), campaigns::find);
            attempt.make(invitation.get(), campaign, clock.instant());
        }
        queue.remove(claimed.get());
        return true;
    }
}
