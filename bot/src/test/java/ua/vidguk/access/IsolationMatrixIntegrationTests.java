package ua.vidguk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.Centres;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;

/**
 * Who sees and does what, over the API, with keys issued the way a ministry would: centre A in
 * region UA-74 and centre B in UA-46, each with a case and B with a campaign, and a key per row of
 * the matrix. The application is shared with other classes, so the centres have codes of their own
 * and every campaign made here starts next year.
 */
@VidgukIntegrationTest
class IsolationMatrixIntegrationTests {

    static final String A = "ISO-A";
    static final String A2 = "ISO-A2";
    static final String B = "ISO-B";
    static final String NEXT_YEAR = Instant.now().plus(365, ChronoUnit.DAYS).toString();
    static final String LATER = Instant.now().plus(400, ChronoUnit.DAYS).toString();
    static final String YESTERDAY = Instant.now().minus(1, ChronoUnit.DAYS).toString();
    static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

    /** Set up once for the class: the centres, a case each, and B's campaign. */
    static String campaignOfB;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MongoTemplate mongo;

    RestTestClient admin;

    @BeforeEach
    void centresCasesAndACampaignForB() {
        admin = as(VidgukIntegrationTest.ADMIN_TOKEN);
        if (campaignOfB != null) {
            return;
        }
        Centres.register(port, A, "UA-74", "Чернігів");
        Centres.register(port, A2, "UA-74", "Ніжин");
        Centres.register(port, B, "UA-46", "Львів");
        events.publishEvent(negative("iso-case-a", A, "0671230001"));
        events.publishEvent(negative("iso-case-b", B, "0671230002"));
        campaignOfB = (String) admin.post()
                .uri("/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(campaign("Львів", List.of(B), List.of()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(OBJECT)
                .returnResult()
                .getResponseBody()
                .get("id");
    }

    @Test
    void aCentresReporterReportsForItsCentreAndARowForAnotherIsRejectedAsAnUnknownCentre() {
        var reporter = as(key("reporter", "cnaps:" + A));

        var items = items(reporter.post()
                .uri("/visits")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(visit("iso-v-a", A), visit("iso-v-b", B), visit("iso-v-x", "ISO-NO-SUCH")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(OBJECT)
                .returnResult()
                .getResponseBody());

        assertThat(items).extracting(item -> item.get("status")).containsExactly("ACCEPTED", "REJECTED", "REJECTED");
        assertThat(detail(items.get(1))).isEqualTo(detail(items.get(2)));
        assertThat(mongo.exists(query(where("_id").is("iso-v-b")), "visits")).isFalse();
        assertThat(mongo.exists(query(where("_id").is("iso-v-a")), "visits")).isTrue();
    }

    @Test
    void aCentresReporterCannotImportARowForAnotherCentre() {
        var reporter = as(key("reporter", "cnaps:" + A));

        var report = reporter.post()
                .uri("/visits/import")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body("externalId,cnapCode,phone,visitedAt\n" + "iso-csv-a," + A + ",0671230011," + YESTERDAY + "\n"
                        + "iso-csv-b," + B + ",0671230012," + YESTERDAY + "\n")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(OBJECT)
                .returnResult()
                .getResponseBody();

        // A CSV report lists only the rows that did not land.
        assertThat(report).containsEntry("accepted", 1).containsEntry("rejected", 1);
        assertThat(items(report))
                .singleElement()
                .satisfies(item -> assertThat(item).containsEntry("row", 3).containsEntry("status", "REJECTED"));
        assertThat(mongo.exists(query(where("_id").is("iso-csv-a")), "visits")).isTrue();
        assertThat(mongo.exists(query(where("_id").is("iso-csv-b")), "visits")).isFalse();
    }

    @Test
    void aCentresViewerSeesItsCentresCasesAndNotAnothers() {
        var viewer = as(key("viewer", "cnaps:" + A));

        assertThat(list(viewer, "/cases"))
                .extracting(c -> c.get("cnapCode"))
                .contains(A)
                .doesNotContain(B);
        assertThat(list(viewer, "/cases?cnapCode=" + B)).isEmpty();
        assertThat(list(viewer, "/cases?region=UA-46")).isEmpty();
        assertThat(list(admin, "/cases?cnapCode=" + B)).isNotEmpty();
    }

    @Test
    void aRegionViewerSeesNeitherAnotherRegionsCasesNorItsCentresNorItsCampaigns() {
        var viewer = as(key("viewer", "region:UA-74"));

        assertThat(list(viewer, "/cases")).extracting(c -> c.get("region")).containsOnly("UA-74");
        assertThat(list(viewer, "/cases?cnapCode=" + A)).isNotEmpty();
        assertThat(list(viewer, "/cases?cnapCode=" + B)).isEmpty();
        assertThat(centres(viewer, "/cnaps?size=500")).contains(A, A2).doesNotContain(B);
        assertThat(centres(viewer, "/cnaps?region=UA-46")).isEmpty();
        assertThat(list(viewer, "/campaigns")).extracting(c -> c.get("id")).doesNotContain(campaignOfB);
        viewer.get().uri("/campaigns/" + campaignOfB).exchange().expectStatus().isNotFound();
        viewer.get()
                .uri("/campaigns/" + campaignOfB + "/progress")
                .exchange()
                .expectStatus()
                .isNotFound();
        as(key("viewer", "region:UA-46"))
                .get()
                .uri("/campaigns/" + campaignOfB + "/progress")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aViewerCannotCreateACampaign() {
        as(key("viewer", "region:UA-74"))
                .post()
                .uri("/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(campaign("Чернігів", List.of(), List.of("UA-74")))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aReporterCannotReadCases() {
        as(key("reporter", "cnaps:" + A))
                .get()
                .uri("/cases?cnapCode=" + A)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aRegionCoordinatorIssuesStaffLinkCodesForItsRegionAndCentresOnly() {
        var coordinator = as(key("coordinator", "region:UA-74"));

        coordinator.post().uri("/staff-link-code").exchange().expectStatus().isForbidden();
        coordinator
                .post()
                .uri("/cnaps/" + B + "/staff-link-code")
                .exchange()
                .expectStatus()
                .isNotFound();
        coordinator
                .post()
                .uri("/regions/UA-46/staff-link-code")
                .exchange()
                .expectStatus()
                .isForbidden();
        coordinator
                .post()
                .uri("/cnaps/" + A + "/staff-link-code")
                .exchange()
                .expectStatus()
                .isCreated();
        coordinator
                .post()
                .uri("/regions/UA-74/staff-link-code")
                .exchange()
                .expectStatus()
                .isCreated();
    }

    @Test
    void aRegionCoordinatorCannotCreateANationalCampaignButCanOneForItsRegion() {
        var coordinator = as(key("coordinator", "region:UA-74"));

        coordinator
                .post()
                .uri("/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(campaign("Вся країна", List.of(), List.of()))
                .exchange()
                .expectStatus()
                .isForbidden();
        coordinator
                .post()
                .uri("/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(campaign("Чернігів і Львів", List.of(A), List.of("UA-46")))
                .exchange()
                .expectStatus()
                .isForbidden();
        var created = coordinator
                .post()
                .uri("/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(campaign("Чернігівщина", List.of(), List.of("UA-74")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(OBJECT)
                .returnResult()
                .getResponseBody();
        coordinator
                .post()
                .uri("/campaigns/" + created.get("id") + "/cancel")
                .exchange()
                .expectStatus()
                .isOk();
        coordinator
                .post()
                .uri("/campaigns/" + campaignOfB + "/pause")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aCentresCoordinatorSeesItsRegionsCampaignButCannotSteerIt() {
        var regional = as(key("coordinator", "region:UA-74"))
                .post()
                .uri("/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(campaign("Чернігівщина, весна", List.of(), List.of("UA-74")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(OBJECT)
                .returnResult()
                .getResponseBody();
        var centre = as(key("coordinator", "cnaps:" + A));

        centre.get()
                .uri("/campaigns/" + regional.get("id"))
                .exchange()
                .expectStatus()
                .isOk();
        centre.post()
                .uri("/campaigns/" + regional.get("id") + "/cancel")
                .exchange()
                .expectStatus()
                .isForbidden();
        admin.post()
                .uri("/campaigns/" + regional.get("id") + "/cancel")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aRegionCoordinatorLoadsCentresOfItsRegionAndNoOthers() {
        var coordinator = as(key("coordinator", "region:UA-74"));

        var items = coordinator
                .put()
                .uri("/cnaps")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(
                        Map.of("code", "ISO-A3", "name", "ЦНАП Прилуки", "region", "UA-74", "city", "Прилуки"),
                        Map.of("code", "ISO-B2", "name", "ЦНАП Стрий", "region", "UA-46", "city", "Стрий"),
                        Map.of("code", B, "name", "ЦНАП Львів", "region", "UA-74", "city", "Львів")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(OBJECT)
                .returnResult()
                .getResponseBody();

        assertThat(items(items))
                .extracting(item -> item.get("status"))
                .containsExactly("CREATED", "REJECTED", "REJECTED");
        assertThat(centres(admin, "/cnaps?region=UA-46&size=500")).contains(B).doesNotContain("ISO-B2");
    }

    @Test
    void aRevokedKeyGets401() {
        var issued = issue("viewer", "cnaps:" + A);
        var viewer = as((String) issued.get("key"));
        viewer.get().uri("/cases?cnapCode=" + A).exchange().expectStatus().isOk();

        admin.post()
                .uri("/access-keys/" + id(issued) + "/revoke")
                .exchange()
                .expectStatus()
                .isOk();

        viewer.get().uri("/cases?cnapCode=" + A).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anExpiredKeyGets401() {
        var issued = issue("viewer", "cnaps:" + A);
        var viewer = as((String) issued.get("key"));
        viewer.get().uri("/cases?cnapCode=" + A).exchange().expectStatus().isOk();

        admin.post()
                .uri("/access-keys/" + id(issued) + "/expire")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("at", Instant.now().minusSeconds(1).toString()))
                .exchange()
                .expectStatus()
                .isOk();

        viewer.get().uri("/cases?cnapCode=" + A).exchange().expectStatus().isUnauthorized();
    }

    private RestTestClient as(String token) {
        return RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/api/v1")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .build();
    }

    private String key(String role, String scope) {
        return ua.vidguk.AccessKeysForTests.issue(port, role, scope);
    }

    private Map<String, Object> issue(String role, String scope) {
        return admin.post()
                .uri("/access-keys")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "isolation " + role + " " + scope, "role", role, "scope", scope))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CREATED)
                .expectBody(OBJECT)
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static String id(Map<String, Object> issued) {
        return (String) ((Map<String, Object>) issued.get("about")).get("id");
    }

    private static List<Map<String, Object>> list(RestTestClient client, String uri) {
        return client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(LIST)
                .returnResult()
                .getResponseBody();
    }

    private static List<Object> centres(RestTestClient client, String uri) {
        var page = client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(OBJECT)
                .returnResult()
                .getResponseBody();
        return items(page).stream().map(centre -> centre.get("code")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("items");
    }

    @SuppressWarnings("unchecked")
    private static Object detail(Map<String, Object> item) {
        return ((Map<String, Object>) item.get("problem")).get("detail");
    }

    private static Map<String, Object> visit(String externalId, String cnapCode) {
        return Map.of("externalId", externalId, "cnapCode", cnapCode, "phone", "0671230020", "visitedAt", YESTERDAY);
    }

    private static Map<String, Object> campaign(String name, List<String> cnapCodes, List<String> regions) {
        return Map.of("name", name, "cnapCodes", cnapCodes, "regions", regions, "startsAt", NEXT_YEAR, "endsAt", LATER);
    }

    private static NegativeFeedbackReceived negative(String sessionId, String cnapCode, String phone) {
        Instant now = Instant.now();
        return new NegativeFeedbackReceived(
                sessionId,
                "cnap-visit",
                cnapCode,
                ContactAddress.tel(PhoneNumber.parseMobile(phone)),
                Channel.SMS,
                null,
                Map.of("overall", "1"),
                List.of("overall"),
                false,
                null,
                false,
                now.minusSeconds(300),
                now);
    }
}
