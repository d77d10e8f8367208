package ua.vidguk.dispatch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.campaign.Campaigns;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.scheduler.DueQueue;

/**
 * One pass of the dispatcher: its due entries, its claims, and what it reads once for all
 * its entries rather than once each: the invitations, who had opted out, the campaigns. Each
 * invitation's state is still guarded where it changes.
 */
final class Pass {

    final List<DueQueue.Entry> due;
    final Claims claims;
    private final Map<String, Invitation> invitations;
    private final Set<String> optedOut;
    private final Campaigns campaigns;
    private final Map<String, Optional<Campaign>> campaignsRead = new ConcurrentHashMap<>();

    Pass(List<DueQueue.Entry> due, Claims claims, InvitationStore invitations, OptOuts optOuts, Campaigns campaigns) {
        this.due = due;
        this.claims = claims;
        this.invitations = invitations.findAll(
                due.stream().map(entry -> invitationId(entry.work())).toList());
        this.optedOut = optOuts.optedOut(
                this.invitations.values().stream().map(Pass::tel).toList());
        this.campaigns = campaigns;
    }

    Optional<Invitation> invitation(String id) {
        return Optional.ofNullable(invitations.get(id));
    }

    Optional<Campaign> campaign(Invitation invitation) {
        return campaignsRead.computeIfAbsent(invitation.campaignId(), campaigns::find);
    }

    boolean optedOut(Invitation invitation) {
        return optedOut.contains(tel(invitation).uri());
    }

    /** Stored in E.164 at intake: no need to parse it again for every look. */
    private static ContactAddress tel(Invitation invitation) {
        return new ContactAddress(ContactAddress.Kind.TEL, invitation.phoneToInvite());
    }

    /** The invitation a queue entry is about: its own, or the one a reminder entry reminds of. */
    static String invitationId(String work) {
        return Reminders.isReminder(work) ? Reminders.invitationId(work) : work;
    }
}
