package ua.vidguk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.AccessKeysForTests;
import ua.vidguk.MutableClock;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.Inbox;
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.channel.SmsSegments;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.web.SurveyBrowser;

/**
 * The campaign's reach: SMS segments per completed survey of its SMS invitations, for visitors who
 * answered by SMS alone and for those who went on in the browser from the invitation's link. The
 * same application and clock as {@link DispatchIntegrationTests}, whose passes the test runs.
 */
@VidgukIntegrationTest
@Import(DispatchIntegrationTests.Setup.class)
@TestPropertySource(properties = "vidguk.dispatch.enabled=false")
class SmsReachIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    MongoTemplate mongo;

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
        clock.set(DispatchIntegrationTests.FRIDAY_EVENING);
    }

    @Test
    void theProgressSplitsCompletedSmsInvitationsByWhetherTheLinkWasTakenWithTheirSmsSegments() {
        dispatch.centre("DSP-R1");
        String campaign = dispatch.campaign("DSP-R1", "PT0S");
        String at = clock.instant().toString();
        dispatch.visits(List.of(
                DispatchApi.visit("V-R11", "DSP-R1", "0671230111", at),
                DispatchApi.visit("V-R12", "DSP-R1", "0671230112", at)));
        dispatcher.dispatchDue();
        var bySms = ContactAddress.tel(PhoneNumber.parseMobile("0671230111"));
        var byLink = ContactAddress.tel(PhoneNumber.parseMobile("0671230112"));
        String smsSurvey = token(bySms);
        String linkSurvey = token(byLink);

        List<String> answers = List.of("5", "1", "5", "5", "5", "5", "0");
        for (int i = 0; i < answers.size(); i++) {
            reply(bySms, "SM-R11-" + i, answers.get(i));
        }
        reply(byLink, "SM-R12-0", "5");
        var browser = new SurveyBrowser(port);
        List.of("yes", "5", "5", "4", "5", "")
                .forEach(answer -> assertThat(
                                browser.answer("/v/" + linkSurvey, answer).status())
                        .isEqualTo(303));
        assertThat(browser.get("/v/" + linkSurvey).text()).contains("Дякуємо");

        long smsOnlySegments = segmentsLogged(smsSurvey);
        long linkSegments = segmentsLogged(linkSurvey);
        assertThat(linkSegments).isPositive().isLessThan(smsOnlySegments);
        Map<String, Object> reach = reach(campaign);
        assertThat(reach.get("smsOnly"))
                .isEqualTo(Map.of("completed", 1, "smsSegments", (int) smsOnlySegments, "segmentsPerCompleted", (double)
                        smsOnlySegments));
        assertThat(reach.get("linkTaken"))
                .isEqualTo(Map.of("completed", 1, "smsSegments", (int) linkSegments, "segmentsPerCompleted", (double)
                        linkSegments));
    }

    @Test
    void aCampaignWithNothingCompletedShowsNoMean() {
        dispatch.centre("DSP-R2");
        String campaign = dispatch.campaign("DSP-R2", "PT0S");
        dispatch.visits(List.of(DispatchApi.visit("V-R21", "DSP-R2", "0671230121", clock.instant())));
        dispatcher.dispatchDue();

        Map<String, Object> reach = reach(campaign);
        assertThat(reach).containsOnlyKeys("smsOnly", "linkTaken");
        var smsOnly = new java.util.HashMap<String, Object>();
        smsOnly.put("completed", 0);
        smsOnly.put("smsSegments", 0);
        smsOnly.put("segmentsPerCompleted", null);
        assertThat(reach.get("smsOnly")).isEqualTo(smsOnly);
    }

    @Test
    void anInvitationCompletedBeforeTheCountWasKeptCountsWithNoSegments() {
        dispatch.centre("DSP-R3");
        String campaign = dispatch.campaign("DSP-R3", "PT0S");
        dispatch.visits(List.of(DispatchApi.visit("V-R31", "DSP-R3", "0671230131", clock.instant())));
        dispatcher.dispatchDue();
        // As an earlier version left a completed invitation: without the two fields.
        mongo.getCollection("invitations")
                .updateOne(
                        new Document("_id", Invitation.id(campaign, "V-R31")),
                        new Document("$set", new Document("status", "COMPLETED"))
                                .append("$unset", new Document("smsSegments", "").append("linkTaken", "")));

        assertThat(reach(campaign).get("smsOnly"))
                .isEqualTo(Map.of("completed", 1, "smsSegments", 0, "segmentsPerCompleted", 0.0));
    }

    @Test
    void aSurveyStoredBeforeTheCountWasKeptStillOpensFromItsLink() {
        dispatch.centre("DSP-R4");
        dispatch.campaign("DSP-R4", "PT0S");
        dispatch.visits(List.of(DispatchApi.visit("V-R41", "DSP-R4", "0671230141", clock.instant())));
        dispatcher.dispatchDue();
        var visitor = ContactAddress.tel(PhoneNumber.parseMobile("0671230141"));
        String survey = token(visitor);
        mongo.getCollection("sessions")
                .updateOne(
                        new Document("_id", visitor.uri()),
                        new Document(
                                "$unset", new Document("session.smsSegments", "").append("session.linkTaken", "")));

        var page = new SurveyBrowser(port).get("/v/" + survey);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Або просто відповідайте на SMS");
    }

    @Test
    void aCentresCoordinatorSeesTheReachOfItsOwnCentresOnly() {
        dispatch.centre("DSP-R5");
        dispatch.centre("DSP-R6");
        String campaign = (String) dispatch.api()
                .post()
                .uri("/api/v1/campaigns")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "name", "Кампанія DSP-R5/6",
                        "cnapCodes", List.of("DSP-R5", "DSP-R6"),
                        "startsAt", clock.instant().minusSeconds(3600).toString(),
                        "endsAt", clock.instant().plusSeconds(86_400).toString(),
                        "delayAfterVisit", "PT0S",
                        "sendWindow", Map.of("opens", "00:00", "closes", "23:59"),
                        "noRepeatDays", 0))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("id");
        dispatch.visits(List.of(
                DispatchApi.visit("V-R51", "DSP-R5", "0671230151", clock.instant()),
                DispatchApi.visit("V-R61", "DSP-R6", "0671230161", clock.instant())));
        dispatcher.dispatchDue();
        for (String phone : List.of("0671230151", "0671230161")) {
            var visitor = ContactAddress.tel(PhoneNumber.parseMobile(phone));
            List<String> answers = List.of("5", "1", "5", "5", "5", "5", "0");
            for (int i = 0; i < answers.size(); i++) {
                reply(visitor, "SM-" + phone + "-" + i, answers.get(i));
            }
        }
        var centres = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(
                        "Authorization", "Bearer " + AccessKeysForTests.issue(port, "COORDINATOR", "cnaps:DSP-R5"))
                .build();

        assertThat(((Map<?, ?>) reach(dispatch.api(), campaign).get("smsOnly")).get("completed"))
                .isEqualTo(2);
        assertThat(((Map<?, ?>) reach(centres, campaign).get("smsOnly")).get("completed"))
                .isEqualTo(1);
    }

    void reply(ContactAddress from, String sid, String text) {
        inbox.receive(new MessageReceived(Channel.SMS, sid, from, text, clock.instant()));
    }

    /** The survey's token: its session's id, which its link carries. */
    String token(ContactAddress visitor) {
        return mongo.getCollection("sessions")
                .find(new Document("_id", visitor.uri()))
                .first()
                .get("session", Document.class)
                .getString("_id");
    }

    /** What the SMS provider was handed in the survey, as the message log recorded it. */
    long segmentsLogged(String sessionId) {
        return mongo
                .getCollection("messages")
                .find(new Document("sessionId", sessionId).append("channel", "SMS"))
                .map(message -> SmsSegments.count(message.getString("text")))
                .into(new java.util.ArrayList<>())
                .stream()
                .mapToLong(Integer::longValue)
                .sum();
    }

    Map<String, Object> reach(String campaign) {
        return reach(dispatch.api(), campaign);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> reach(RestTestClient client, String campaign) {
        return (Map<String, Object>) client.get()
                .uri("/api/v1/campaigns/" + campaign + "/progress")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("reach");
    }
}
