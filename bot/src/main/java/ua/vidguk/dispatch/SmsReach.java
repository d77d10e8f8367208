package ua.vidguk.dispatch;

import org.jspecify.annotations.Nullable;
import ua.vidguk.channel.Channel;

/**
 * What the completed surveys of a campaign's SMS invitations cost in SMS, split by whether the
 * visitor went on in the browser from the invitation's link: what the link saves.
 *
 * @param smsOnly completed by SMS replies alone
 * @param linkTaken completed after at least one answer on the invitation's page
 */
public record SmsReach(Group smsOnly, Group linkTaken) {

    /**
     * @param completed how many surveys were completed
     * @param smsSegments the paid SMS parts sent in them in all (invitation, reminder, questions,
     *     re-prompts, thank-you)
     * @param segmentsPerCompleted their mean per completed survey, to two decimals; null when none
     *     was completed
     */
    public record Group(
            long completed, long smsSegments, @Nullable Double segmentsPerCompleted) {

        static Group of(long completed, long smsSegments) {
            Double mean = completed == 0 ? null : Math.round(smsSegments * 100.0 / completed) / 100.0;
            return new Group(completed, smsSegments, mean);
        }
    }

    /** Adds up completed invitations one at a time, as a scan reads them. */
    static final class Tally {

        private long smsOnly;
        private long smsOnlySegments;
        private long linkTaken;
        private long linkTakenSegments;

        /** Counts it if it is a completed SMS invitation; any other is not this figure's. */
        void add(Invitation invitation) {
            if (invitation.status() != Invitation.Status.COMPLETED || invitation.channel() != Channel.SMS) {
                return;
            }
            if (invitation.linkTaken()) {
                linkTaken++;
                linkTakenSegments += invitation.smsSegments();
            } else {
                smsOnly++;
                smsOnlySegments += invitation.smsSegments();
            }
        }

        SmsReach reach() {
            return new SmsReach(Group.of(smsOnly, smsOnlySegments), Group.of(linkTaken, linkTakenSegments));
        }
    }
}
