package ua.vidguk.dispatch;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.StartedApplication;
import ua.vidguk.scheduler.SendWindow;

/**
 * The admin API calls the dispatch tests make: centres, campaigns, visits, progress, and the
 * message log read from the application's own MongoDB.
 *
 * @param api a client on the application's root, with the admin token
 */
record DispatchApi(RestTestClient api, MongoTemplate mongo) {

    static final String TOKEN = "test-admin-token-0123456789";

    static DispatchApi of(StartedApplication app) {
        return new DispatchApi(app.client(TOKEN), app.context().getBean(MongoTemplate.class));
    }

    /**
     * The widest window a campaign takes is 00:00–23:59 in Kyiv: a test of real-time sending
     * cannot run in the last minute of the day, when it is closed.
     */
    static void assumeNotNearMidnightInKyiv() {
        LocalTime kyiv = Instant.now().atZone(SendWindow.KYIV).toLocalTime();
        assumeThat(kyiv.isBefore(LocalTime.of(23, 58)))
                .as("the send window 00:00-23:59 stays open for the whole test")
                .isTrue();
    }

    void centre(String code) {
        api.put()
                .uri("/api/v1/cnaps")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("code", code, "name", "ЦНАП " + code, "region", "UA-63", "city", "Харків")))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** An active campaign for the centre, open all day every day, unlimited rate, no repeat rule. */
    String campaign(String centre, String delayAfterVisit) {
        // No "not again within N days" guard: only the queue's claims keep a number from a second send.
        return campaign(
                centre,
                Instant.now(),
                Map.of(
                        "delayAfterVisit",
                        delayAfterVisit,
                        "sendWindow",
                        Map.of("opens", "00:00", "closes", "23:59"),
                        "noRepeatDays",
                        0));
    }

    /** A campaign for the centre, running from a month before {@code now} to a month after, with these settings. */
    String campaign(String centre, Instant now, Map<String, Object> settings) {
        var body = new HashMap<String, Object>(settings);
        body.put("name", "Кампанія " + centre);
        body.put("cnapCodes", List.of(centre));
        body.put("startsAt", now.minus(Duration.ofDays(30)).toString());
        body.put("endsAt", now.plus(Duration.ofDays(30)).toString());
        return (String) api.post()
                .uri("/api/v1/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("id");
    }

    void change(String campaign, String change) {
        api.post()
                .uri("/api/v1/campaigns/" + campaign + "/" + change)
                .exchange()
                .expectStatus()
                .isOk();
    }

    void visits(List<Map<String, String>> visits) {
        api.post()
                .uri("/api/v1/visits")
                .contentType(MediaType.APPLICATION_JSON)
                .body(visits)
                .exchange()
                .expectStatus()
                .isOk();
    }

    static Map<String, String> visit(String id, String centre, String phone, Instant visitedAt) {
        return visit(id, centre, phone, visitedAt.toString());
    }

    static Map<String, String> visit(String id, String centre, String phone, String visitedAt) {
        return Map.of("externalId", id, "cnapCode", centre, "phone", phone, "visitedAt", visitedAt);
    }

    @SuppressWarnings("unchecked")
    Map<String, Integer> progress(String campaign) {
        return (Map<String, Integer>) api.get()
                .uri("/api/v1/campaigns/" + campaign + "/progress")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("invitations");
    }

    /** Every message the application sent, by the contact it went to. */
    List<String> messageContacts() {
        return mongo.getCollection("messages")
                .find()
                .map(message -> message.getString("contact"))
                .into(new java.util.ArrayList<>());
    }

    long invitationsTo(String phone) {
        return mongo.getCollection("messages").countDocuments(new Document("contact", "tel:" + phone));
    }

    long dueEntries() {
        return mongo.getCollection("due_queue").countDocuments();
    }
}
