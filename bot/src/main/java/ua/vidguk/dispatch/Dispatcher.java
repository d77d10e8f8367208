package ua.vidguk.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ua.vidguk.campaign.Campaigns;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.dispatch.Invitation.Status;
import ua.vidguk.scheduler.DueQueue;

/**
 * One pass over what is due: each invitation is claimed by its {@code _id} with a lease (so no two
 * instances send it), checked again at send time (campaign state and end, send window, visit age,
 * opt-out, no repeat), sent through the {@code Inviter} at the campaign's rate (see {@link
 * SendGate}), and recorded. Invitations go out in parallel, as replies come in: the store commits
 * many writers at once. A claim left by a stopped instance is taken over once its lease ran out.
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
        List<DueQueue.Entry> due = queue.due(now, properties.batch());
        var pass = new Pass(due, new Claims(queue, owner, properties.lease(), now), invitations, optOuts, campaigns);
        var slots = new Semaphore(PARALLEL);
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (DueQueue.Entry entry : pass.due) {
                slots.acquireUninterruptibly();
                workers.submit(() -> {
                    try {
                        settle(entry, now, pass);
                    } catch (RuntimeException e) {
                        log.error("Invitation {} could not be dispatched; its lease will run out", entry.work(), e);
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        // Removed together once handled: until then each is claimed, so no one else takes it.
        return pass.claims.finish();
    }

    /** Claims the entry and settles its work, unless another instance has it. */
    private void settle(DueQueue.Entry entry, Instant now, Pass pass) {
        boolean leftByAnother = entry.state() == DueQueue.State.CLAIMED;
        Optional<DueQueue.Entry> claimed = leftByAnother ? pass.claims.takeOver(entry, now) : pass.claims.claim(entry);
        if (claimed.isEmpty()) {
            return;
        }
        DueQueue.Entry mine = claimed.get();
        try {
            if (leftByAnother) {
                resume(mine, pass);
            } else {
                attempt(mine, pass);
            }
            pass.claims.handled(mine);
        } catch (RuntimeException e) {
            pass.claims.abandoned(mine);
            throw e;
        }
    }

    private void attempt(DueQueue.Entry mine, Pass pass) {
        Optional<Invitation> invitation = pass.invitation(Pass.invitationId(mine.work()));
        if (Reminders.isReminder(mine.work())) {
            reminders.remind(mine.work(), invitation.flatMap(pass::campaign), clock.instant());
        } else if (invitation.isPresent() && WAITING.contains(invitation.get().status())) {
            Invitation waiting = invitation.get();
            attempt.make(waiting, pass.campaign(waiting), pass.optedOut(waiting), clock.instant(), pass.claims);
        }
    }

    /**
     * The work of an instance that stopped: an invitation it had marked as on its way may have gone,
     * so it never goes again; one it had not marked had not reached its provider call, and goes now.
     * A reminder interrupted either way is simply not sent: at most once is the rule.
     */
    private void resume(DueQueue.Entry mine, Pass pass) {
        Optional<Invitation> found = pass.invitation(mine.work());
        if (Reminders.isReminder(mine.work()) || found.isEmpty()) {
            return;
        }
        Invitation invitation = found.get();
        Instant now = clock.instant();
        if (invitation.status() == Status.SENDING) {
            invitations.move(invitation.id(), Set.of(Status.SENDING), Status.UNKNOWN, now, "interrupted while sending");
        } else if (WAITING.contains(invitation.status()) && !invitation.dueAt().isAfter(mine.dueAt())) {
            // (An invitation due later than its entry was rescheduled by the stopped instance, and
            // waits in the queue under its new time: this entry is only dropped.)
            attempt.remake(invitation, pass.campaign(invitation), pass.optedOut(invitation), now, pass.claims);
        }
    }
}
