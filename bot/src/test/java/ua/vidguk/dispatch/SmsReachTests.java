package ua.vidguk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import ua.vidguk.channel.Channel;
import ua.vidguk.dispatch.Invitation.Status;

/** Which invitations the reach counts, in which group, and the mean per completed survey. */
class SmsReachTests {

    private static final Instant T0 = Instant.parse("2026-11-27T16:00:00Z");

    @Test
    void completedSmsInvitationsAreSplitByTheLinkWithTheirPartsAndMean() {
        var tally = new SmsReach.Tally();
        tally.add(invitation(Status.COMPLETED, Channel.SMS, 9, false));
        tally.add(invitation(Status.COMPLETED, Channel.SMS, 10, false));
        tally.add(invitation(Status.COMPLETED, Channel.SMS, 2, true));
        tally.add(invitation(Status.COMPLETED, Channel.SMS, 3, true));
        tally.add(invitation(Status.COMPLETED, Channel.SMS, 3, true));

        SmsReach reach = tally.reach();

        assertThat(reach.smsOnly()).isEqualTo(new SmsReach.Group(2, 19, 9.5));
        assertThat(reach.linkTaken()).isEqualTo(new SmsReach.Group(3, 8, 2.67));
    }

    @Test
    void onlyCompletedSmsInvitationsCountAndAnEmptyGroupHasNoMean() {
        var tally = new SmsReach.Tally();
        tally.add(invitation(Status.ANSWERED, Channel.SMS, 4, true));
        tally.add(invitation(Status.EXPIRED, Channel.SMS, 3, false));
        tally.add(invitation(Status.COMPLETED, Channel.VIBER, 0, false));

        assertThat(tally.reach())
                .isEqualTo(new SmsReach(new SmsReach.Group(0, 0, null), new SmsReach.Group(0, 0, null)));
    }

    private static Invitation invitation(Status status, Channel channel, int smsSegments, boolean linkTaken) {
        return new Invitation(
                "c:v",
                "c",
                "v",
                "+380671230000",
                "C-1",
                T0,
                null,
                null,
                T0,
                status,
                null,
                channel,
                "s",
                T0,
                smsSegments,
                linkTaken);
    }
}
