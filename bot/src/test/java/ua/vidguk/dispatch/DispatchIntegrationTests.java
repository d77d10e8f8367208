package ua.vidguk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.MutableClock;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.Inbox;
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.scheduler.SendWindow;

/**
 * Visits and campaigns in, invitations out, on a clock the test moves. The dispatcher's passes are
 * run by the test (Quartz is off here), so each step is exact. SMS is the sandbox: the invitations
 * are counted in the message log, as they would be with Twilio.
 */
@VidgukIntegrationTest
@Import(DispatchIntegrationTests.Setup.class)
@TestPropertySource(properties = "vidguk.dispatch.enabled=false")
class DispatchIntegrationTests {

    // Friday 2026-11-27, 18:00 in Kyiv.
    static final Instant FRIDAY_EVENING = kyiv("2026-11-27T18:00");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OptOuts optOuts;

    @Autowired
    Inbox inbox;

    DispatchApi dispatch;

    @BeforeEach
    void connect() {
        dispatch = new DispatchApi(
                RestTestClient.bindToServer()
                        .baseUrl("http://localhost:" + port)
                        .defaultHeader("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                        .build(),
                mongo);
        clock.set(FRIDAY_EVENING);
    }

    @Test
    void anInvitationWaitsForItsDelayAndTheWeekdayWindowThenGoesOnce() {
        centre("DSP-1");
        String campaign = campaign(
                "DSP-1",
                Map.of(
                        "delayAfterVisit",
                        "PT2H",
                        "sendWindow",
                        Map.of(
                                "opens",
                                "09:00",
                                "closes",
                                "20:00",
                                "days",
                                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))));
        visits(visit("V-1", "DSP-1", "0671230001", "2026-11-27T17:30:00+02:00"));

        dispatcher.dispatchDue();
        clock.set(kyiv("2026-11-29T12:00")); // Sunday: outside the window
        dispatcher.dispatchDue();
        assertThat(invitationsTo("+380671230001")).isZero();

        clock.set(kyiv("2026-11-30T09:00")); // Monday's opening
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(invitationsTo("+380671230001")).isEqualTo(1);
        assertThat(progress(campaign)).containsEntry("SENT", 1);
    }

    @Test
    void aLateVisitStillGoesWithinTheLimitsAndAnOldOneIsSkippedWithItsReason() {
        centre("DSP-2");
        String campaign = campaign(
                "DSP-2",
                Map.of(
                        "maxVisitAge",
                        "P2D",
                        "delayAfterVisit",
                        "PT1H",
                        "sendWindow",
                        Map.of("opens", "00:00", "closes", "23:59")));
        visits(
                visit("V-21", "DSP-2", "0671230021", "2026-11-26T12:00:00+02:00"), // reported a day late
                visit("V-22", "DSP-2", "0671230022", "2026-11-20T12:00:00+02:00")); // a week late

        dispatcher.dispatchDue();

        assertThat(invitationsTo("+380671230021")).isEqualTo(1);
        assertThat(invitationsTo("+380671230022")).isZero();
        assertThat(progress(campaign))
                .containsEntry("SENT", 1)
                .containsEntry("SKIPPED", 1)
                .containsEntry("SKIPPED: visit too old", 1);
    }

    @Test
    void optOutsAndTheNoRepeatRuleAreCheckedWhenTheInvitationIsDue() {
        centre("DSP-3");
        var window = Map.of("opens", "00:00", "closes", "23:59");
        String first = campaign("DSP-3", Map.of("delayAfterVisit", "PT1H", "sendWindow", window));
        String second = campaign("DSP-3", Map.of("delayAfterVisit", "PT1H", "sendWindow", window, "noRepeatDays", 30));
        visits(
                visit("V-31", "DSP-3", "0671230031", "2026-11-27T17:30:00+02:00"),
                visit("V-32", "DSP-3", "0671230032", "2026-11-27T17:30:00+02:00"));
        optOuts.optOut(ContactAddress.tel(PhoneNumber.parseMobile("0671230032")), "sms", clock.instant());

        clock.advance(Duration.ofHours(1));
        dispatcher.dispatchDue();

        assertThat(invitationsTo("+380671230031")).isEqualTo(1);
        assertThat(invitationsTo("+380671230032")).isZero();
        var progressFirst = progress(first);
        var progressSecond = progress(second);
        // One campaign invited V-31; the other found it invited today. Both found V-32 opted out.
        assertThat((Integer) progressFirst.getOrDefault("SENT", 0) + (Integer) progressSecond.getOrDefault("SENT", 0))
                .isEqualTo(1);
        assertThat((Integer) progressFirst.getOrDefault("SKIPPED", 0)
                        + (Integer) progressSecond.getOrDefault("SKIPPED", 0))
                .isEqualTo(1);
        assertThat(progressFirst).containsEntry("OPTED_OUT", 1);
        assertThat(progressSecond).containsEntry("OPTED_OUT", 1);
    }

    @Test
    void aPausedCampaignSendsNothingUntilResumedAndACancelledOneNeverSends() {
        centre("DSP-4");
        var window = Map.of("opens", "00:00", "closes", "23:59");
        String paused = campaign("DSP-4", Map.of("delayAfterVisit", "PT1H", "sendWindow", window));
        visits(visit("V-41", "DSP-4", "0671230041", "2026-11-27T17:30:00+02:00"));
        change(paused, "pause");

        clock.advance(Duration.ofHours(2));
        dispatcher.dispatchDue();
        assertThat(invitationsTo("+380671230041")).isZero();
        assertThat(progress(paused)).containsEntry("PAUSED", 1);

        change(paused, "resume");
        dispatcher.dispatchDue();
        assertThat(invitationsTo("+380671230041")).isEqualTo(1);

        centre("DSP-5");
        String cancelled = campaign("DSP-5", Map.of("delayAfterVisit", "PT1H", "sendWindow", window));
        visits(visit("V-51", "DSP-5", "0671230051", clock.instant().toString()));
        change(cancelled, "cancel");
        clock.advance(Duration.ofHours(2));
        dispatcher.dispatchDue();
        assertThat(invitationsTo("+380671230051")).isZero();
        assertThat(progress(cancelled)).containsEntry("CANCELLED", 1);
    }

    @Test
    void reportingTheSameVisitTwiceMakesOneInvitationAndAnAnsweredSurveyShowsInTheProgress() {
        centre("DSP-6");
        String campaign = campaign(
                "DSP-6", Map.of("delayAfterVisit", "PT0S", "sendWindow", Map.of("opens", "00:00", "closes", "23:59")));
        var visit = visit("V-61", "DSP-6", "0671230061", clock.instant().toString());
        visits(visit);
        visits(visit);

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(invitationsTo("+380671230061")).isEqualTo(1);
        assertThat(progress(campaign)).containsEntry("SENT", 1);
    }

    @Test
    void anInvitationWhoseSenderStoppedMidWayIsMarkedUnknownAndNeverSent() {
        centre("DSP-7");
        String campaign = campaign(
                "DSP-7", Map.of("delayAfterVisit", "PT0S", "sendWindow", Map.of("opens", "00:00", "closes", "23:59")));
        visits(visit("V-71", "DSP-7", "0671230071", clock.instant().toString()));
        // Another instance claimed it, marked it as on its way to the provider, and then died: its
        // lease and its mark are all that is left.
        mongo.getCollection("invitations")
                .updateOne(
                        new Document("_id", Invitation.id(campaign, "V-71")),
                        new Document("$set", new Document("status", "SENDING")));
        mongo.getCollection("due_queue")
                .updateMany(
                        new Document("work", Invitation.id(campaign, "V-71")),
                        new Document(
                                "$set",
                                new Document("state", "CLAIMED")
                                        .append("owner", "dead")
                                        .append(
                                                "leaseUntil",
                                                java.util.Date.from(
                                                        clock.instant().plusSeconds(60)))));

        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();

        assertThat(invitationsTo("+380671230071")).isZero();
        assertThat(progress(campaign)).containsEntry("UNKNOWN", 1);
    }

    @Test
    void anUnansweredInvitationGetsOneReminderInsideTheWindow() {
        centre("DSP-8");
        campaign(
                "DSP-8",
                Map.of(
                        "delayAfterVisit", "PT0S",
                        "reminderAfter", "PT4H",
                        "sendWindow", Map.of("opens", "09:00", "closes", "20:00")));
        clock.set(kyiv("2026-11-27T12:00"));
        visits(visit("V-81", "DSP-8", "0671230081", clock.instant().toString()));
        dispatcher.dispatchDue();
        assertThat(texts("+380671230081")).hasSize(1);

        clock.set(kyiv("2026-11-27T16:00"));
        dispatcher.dispatchDue();
        clock.set(kyiv("2026-11-28T12:00"));
        dispatcher.dispatchDue();

        assertThat(texts("+380671230081")).hasSize(2).last().asString().startsWith("Нагадуємо");
    }

    @Test
    void theProgressFollowsTheConversationFromAnsweredToCompleted() {
        centre("DSP-9");
        String campaign = campaign(
                "DSP-9", Map.of("delayAfterVisit", "PT0S", "sendWindow", Map.of("opens", "00:00", "closes", "23:59")));
        visits(visit("V-91", "DSP-9", "0671230091", clock.instant().toString()));
        dispatcher.dispatchDue();
        var visitor = ContactAddress.tel(PhoneNumber.parseMobile("0671230091"));

        reply(visitor, "SM-91-1", "5");
        assertThat(progress(campaign)).containsEntry("ANSWERED", 1);

        List<String> rest = List.of("1", "5", "5", "5", "5", "0");
        for (int i = 0; i < rest.size(); i++) {
            reply(visitor, "SM-91-" + (i + 2), rest.get(i));
        }
        assertThat(progress(campaign)).containsEntry("COMPLETED", 1).doesNotContainKey("ANSWERED");
    }

    /** What the SMS channel hands in once Twilio's signature checks out. */
    void reply(ContactAddress from, String sid, String text) {
        inbox.receive(new MessageReceived(Channel.SMS, sid, from, text, clock.instant()));
    }

    List<String> texts(String phone) {
        return mongo.getCollection("messages")
                .find(new Document("contact", "tel:" + phone))
                .sort(new Document("at", 1))
                .map(message -> message.getString("text"))
                .into(new java.util.ArrayList<>());
    }

    long invitationsTo(String phone) {
        return dispatch.invitationsTo(phone);
    }

    void centre(String code) {
        dispatch.centre(code);
    }

    String campaign(String centre, Map<String, Object> settings) {
        return dispatch.campaign(centre, clock.instant(), settings);
    }

    void change(String campaign, String change) {
        dispatch.change(campaign, change);
    }

    @SafeVarargs
    final void visits(Map<String, String>... visits) {
        dispatch.visits(List.of(visits));
    }

    Map<String, Integer> progress(String campaign) {
        return dispatch.progress(campaign);
    }

    static Map<String, String> visit(String id, String centre, String phone, String visitedAt) {
        return DispatchApi.visit(id, centre, phone, visitedAt);
    }

    static Instant kyiv(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SendWindow.KYIV).toInstant();
    }

    @TestConfiguration
    static class Setup {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(FRIDAY_EVENING);
        }
    }
}
