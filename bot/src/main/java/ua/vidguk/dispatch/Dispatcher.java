package ua.vidguk.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.campaign.Campaigns;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.OptOuts;
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
    private final OptOuts optOuts;
    private final DispatchProperties properties;
    private final Clock clock;
    private final String owner = "instance-" + UUID.randomUUID();

    Dispatcher(
            DueQueue queue,
            InvitationStore invitations,
            Campaigns campaigns,
            SendAttempt attempt,
            Reminders reminders,
            OptOuts optOuts,
            DispatchProperties properties,
            Clock clock) {
        this.queue = queue;
        this.invitations = invitations;
        this.campaigns = campaigns;
        this.attempt = attempt;
        this.reminders = reminders;
        this.optOuts = optOuts;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many due entries this pass settled */
    int dispatchDue() {
        Instant now = clock.instant();
        var pass = new Pass(queue.due(now, properties.batch()));
        var settled = new ConcurrentLinkedQueue<DueQueue.Entry>();
        var slots = new Semaphore(PARALLEL);
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (DueQueue.Entry entry : pass.due) {
                slots.acquireUninterruptibly();
                workers.submit(() -> {
                    try {
                        settle(entry, now, pass).ifPresent(settled::add);
                    } catch (RuntimeException e) {
                        log.error("Invitation {} could not be dispatched; its lease will run out", entry.work(), e);
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        // Removed together once handled: until then each is claimed, so no one else takes it.
        queue.removeAll(settled);
        return settled.size();
    }

    /**
     * What a pass reads once for all its entries rather than once each: the invitations, who had
     * opted out, the campaigns. Each invitation's state is still guarded where it changes.
     */
    private final class Pass {

        final List<DueQueue.Entry> due;
        final Map<String, Invitation> invitations;
        final Set<String> optedOut;
        final Map<String, Optional<Campaign>> campaigns = new ConcurrentHashMap<>();

        Pass(List<DueQueue.Entry> due) {
            this.due = due;
            this.invitations = Dispatcher.this.invitations.findAll(
                    due.stream().map(entry -> invitationId(entry.work())).toList());
            this.optedOut = optOuts.optedOut(
                    this.invitations.values().stream().map(Pass::tel).toList());
        }

        Optional<Invitation> invitation(String id) {
            return Optional.ofNullable(invitations.get(id));
        }

        Optional<Campaign> campaign(Invitation invitation) {
            return campaigns.computeIfAbsent(invitation.campaignId(), Dispatcher.this.campaigns::find);
        }

        boolean optedOut(Invitation invitation) {
            return optedOut.contains(tel(invitation).uri());
        }

        /** Stored in E.164 at intake: no need to parse it again for every look. */
        private static ContactAddress tel(Invitation invitation) {
            return new ContactAddress(ContactAddress.Kind.TEL, invitation.phone());
        }
    }

    /** @return the entry, claimed by this instance, once handled; empty when it was not this instance's */
    private Optional<DueQueue.Entry> settle(DueQueue.Entry entry, Instant now, Pass pass) {
        Instant leaseUntil = now.plus(properties.lease());
        if (entry.state() == DueQueue.State.CLAIMED) {
            // Its instance stopped while sending: the invitation may have gone out, so it never goes again.
            return queue.takeOver(entry, owner, now, leaseUntil).map(mine -> {
                // A reminder interrupted the same way is simply not sent: at most once is the rule.
                if (!Reminders.isReminder(mine.work())) {
                    invitations.move(mine.work(), WAITING, Status.UNKNOWN, now, "interrupted while sending");
                }
                return mine;
            });
        }
        Optional<DueQueue.Entry> claimed = queue.claim(entry, owner, leaseUntil);
        if (claimed.isEmpty()) {
            return claimed;
        }
        Optional<Invitation> invitation = pass.invitation(invitationId(entry.work()));
        if (Reminders.isReminder(entry.work())) {
            reminders.remind(entry.work(), invitation.flatMap(pass::campaign), clock.instant());
        } else if (invitation.isPresent() && WAITING.contains(invitation.get().status())) {
            Invitation waiting = invitation.get();
            attempt.make(waiting, pass.campaign(waiting), pass.optedOut(waiting), clock.instant());
        }
        return claimed;
    }

    private static String invitationId(String work) {
        return Reminders.isReminder(work) ? Reminders.invitationId(work) : work;
    }
}
