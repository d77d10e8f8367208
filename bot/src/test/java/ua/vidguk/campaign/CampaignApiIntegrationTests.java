package ua.vidguk.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukIntegrationTest;

@VidgukIntegrationTest
class CampaignApiIntegrationTests {

    static final String NEXT_MONTH = Instant.now().plus(30, ChronoUnit.DAYS).toString();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    RestTestClient api;

    @BeforeEach
    void connectAndLoadACentre() {
        api = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/api/v1")
                .defaultHeader("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .build();
        api.put()
                .uri("/cnaps")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("code", "CMP-1", "name", "ЦНАП Черкаси", "region", "UA-71", "city", "Черкаси")))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aCampaignTakesDefaultsForWhatItDoesNotSayAndCanBeReadBack() {
        var created = create(
                        Map.of("name", "Черкаська область, грудень", "regions", List.of("UA-71"), "endsAt", NEXT_MONTH))
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();

        assertThat(created)
                .containsEntry("state", "ACTIVE")
                .containsEntry("survey", "cnap-visit")
                .containsEntry("delayAfterVisit", "PT2H")
                .containsEntry("noRepeatDays", 30)
                .containsEntry("maxVisitAge", "PT72H");
        assertThat(created.get("sendWindow").toString()).contains("09:00").contains("20:00");
        api.get()
                .uri("/campaigns/" + created.get("id"))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(api.get()
                        .uri("/campaigns")
                        .exchange()
                        .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                        .returnResult()
                        .getResponseBody())
                .extracting(campaign -> campaign.get("id"))
                .contains(created.get("id"));
    }

    @Test
    void anInvalidCampaignIsRejectedWithEveryReasonAndNothingIsStored() {
        var problem = create(Map.of(
                        "name", "",
                        "survey", "no-such-survey",
                        "cnapCodes", List.of("NOPE-1"),
                        "regions", List.of("UA-99"),
                        "endsAt", "2020-01-01T00:00:00Z",
                        "delayAfterVisit", "PT1H",
                        "maxVisitAge", "PT30M",
                        "sendWindow", Map.of("opens", "20:00", "closes", "09:00"),
                        "ratePerSecond", Map.of("PIGEON", 5, "SMS", 0)))
                .expectStatus()
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();

        @SuppressWarnings("unchecked")
        var fields = ((List<Map<String, String>>) problem.get("errors"))
                .stream().map(error -> error.get("field")).toList();
        assertThat(fields)
                .contains(
                        "name",
                        "survey",
                        "cnapCodes",
                        "regions",
                        "endsAt",
                        "maxVisitAge",
                        "sendWindow",
                        "ratePerSecond",
                        "ratePerSecond.SMS");
        assertThat(problem).containsEntry("type", "urn:vidguk:problem:invalid-campaign");
    }

    @Test
    void pauseResumeAndCancelFollowTheCampaignsStateAndRefuseWhatDoesNotApply() {
        String id = (String) create(Map.of("name", "Пауза", "cnapCodes", List.of("CMP-1"), "endsAt", NEXT_MONTH))
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("id");

        assertThat(state(id, "pause", HttpStatus.OK)).isEqualTo("PAUSED");
        state(id, "pause", HttpStatus.CONFLICT);
        assertThat(state(id, "resume", HttpStatus.OK)).isEqualTo("ACTIVE");
        assertThat(state(id, "cancel", HttpStatus.OK)).isEqualTo("CANCELLED");
        state(id, "resume", HttpStatus.CONFLICT);
        api.post().uri("/campaigns/nope/pause").exchange().expectStatus().isNotFound();
    }

    @Test
    void sendWindowDaysComeBackMondayToSundayWhenCreatedReadAndStored() {
        var days = List.of("SUNDAY", "SATURDAY", "WEDNESDAY", "MONDAY", "FRIDAY");
        var inOrder = List.of("MONDAY", "WEDNESDAY", "FRIDAY", "SATURDAY", "SUNDAY");
        var created = create(Map.of(
                        "name",
                        "Дні тижня",
                        "endsAt",
                        NEXT_MONTH,
                        "sendWindow",
                        Map.of("opens", "09:00", "closes", "18:00", "days", days)))
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        String id = (String) created.get("id");

        assertThat(days(created)).isEqualTo(inOrder);
        assertThat(days(read(id))).isEqualTo(inOrder);
        assertThat(mongo.findById(id, Document.class, "campaigns")
                        .get("sendWindow", Document.class)
                        .getList("days", String.class))
                .isEqualTo(inOrder);
    }

    @Test
    void aCampaignStoredWithItsDaysOutOfOrderIsReadBackMondayToSunday() {
        String id = (String) create(Map.of("name", "Збережена раніше", "endsAt", NEXT_MONTH))
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("id");
        // As an earlier version stored it: the days in whatever order its set happened to have.
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id)),
                Update.update("sendWindow.days", List.of("SUNDAY", "TUESDAY", "MONDAY")),
                "campaigns");

        assertThat(days(read(id))).isEqualTo(List.of("MONDAY", "TUESDAY", "SUNDAY"));
    }

    Map<String, Object> read(String id) {
        return api.get()
                .uri("/campaigns/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<String> days(Map<String, Object> campaign) {
        return (List<String>) ((Map<String, Object>) campaign.get("sendWindow")).get("days");
    }

    RestTestClient.ResponseSpec create(Map<String, Object> campaign) {
        return api.post()
                .uri("/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(campaign)
                .exchange();
    }

    Object state(String id, String change, HttpStatus expected) {
        return api.post()
                .uri("/campaigns/" + id + "/" + change)
                .exchange()
                .expectStatus()
                .isEqualTo(expected)
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("state");
    }
}
