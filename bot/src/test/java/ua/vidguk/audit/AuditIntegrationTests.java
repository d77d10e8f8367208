package ua.vidguk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukIntegrationTest;

@VidgukIntegrationTest
class AuditIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditRetention retention;

    @Autowired
    AuditProperties properties;

    RestTestClient admin;
    RestTestClient anonymous;

    @BeforeEach
    void connect() {
        anonymous = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build();
        admin = anonymous
                .mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .build();
    }

    @Test
    void issuingAndRevokingAKeyLeavesTwoEntriesByTheAdminTokenWithoutTheKey() {
        String issued = issueKey("audit-issue-revoke", "reporter", "cnaps:AUD-1");
        String key = JsonPath.read(issued, "$.key");
        String id = JsonPath.read(issued, "$.about.id");
        admin.post()
                .uri("/api/v1/access-keys/" + id + "/revoke")
                .exchange()
                .expectStatus()
                .isOk();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            List<Map<String, Object>> issuedEntries = entries("action=access-key.issued&actor=admin-token&limit=1000");
            assertThat(issuedEntries)
                    .anySatisfy(entry -> assertThat(entry)
                            .containsEntry("path", "/api/v1/access-keys")
                            .containsEntry("method", "POST")
                            .containsEntry("status", 201)
                            .containsEntry("actorRole", "admin")
                            .containsEntry("actorScope", "national"));
            assertThat(entries("action=access-key.revoked&actor=admin-token&limit=1000"))
                    .anySatisfy(entry -> assertThat(entry)
                            .containsEntry("path", "/api/v1/access-keys/" + id + "/revoke")
                            .containsEntry("actorName", "admin token")
                            .containsEntry("status", 200));
        });

        String stored = mongo.findAll(Document.class, AuditEntry.COLLECTION).toString();
        String secret = key.substring(key.lastIndexOf('_') + 1);
        assertThat(stored).doesNotContain(key).doesNotContain(secret).doesNotContain(VidgukIntegrationTest.ADMIN_TOKEN);
    }

    @Test
    void aRefusedCallIsNotRecorded() {
        // A centre's coordinator may not give a national admin key: refused, and nothing done to record.
        String reporterKey = JsonPath.read(issueKey("audit-refused", "coordinator", "cnaps:AUD-2"), "$.key");
        Instant before = Instant.now().minusSeconds(1);
        anonymous
                .post()
                .uri("/api/v1/access-keys")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + reporterKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "too wide", "role", "admin", "scope", "national"))
                .exchange()
                .expectStatus()
                .is4xxClientError();

        assertThat(entries("action=access-key.issued&from=" + before))
                .noneSatisfy(
                        entry -> assertThat((String) entry.get("actorName")).isEqualTo("audit-refused"));
    }

    @Test
    void aWrongBearerTokenIsRecordedAsAFailedSignInWithoutTheToken() {
        String wrong = "wrong-audit-token-0123456789";
        Instant before = Instant.now().minusSeconds(1);
        anonymous
                .get()
                .uri("/api/v1/cnaps?region=UA-74")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + wrong)
                .exchange()
                .expectStatus()
                .isUnauthorized();

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(entries("action=sign-in.failed&actor=anonymous&from=" + before))
                        .anySatisfy(entry -> assertThat(entry)
                                .containsEntry("path", "/api/v1/cnaps")
                                .containsEntry("method", "GET")
                                .containsEntry("detail", "bearer token")
                                .containsEntry("address", "127.0.0.1")));
        assertThat(mongo.findAll(Document.class, AuditEntry.COLLECTION).toString())
                .doesNotContain(wrong);
    }

    @Test
    void aFailedConsoleSignInKeepsTheAccountNameTypedButNeverAPasswordTypedInItsPlace() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        new ua.vidguk.ConsoleSession(port).signIn("someone@example.ua", "not the password");
        new ua.vidguk.ConsoleSession(port).signIn("MyPassword-typed-too-early", "anything");
        new ua.vidguk.ConsoleSession(port).signIn("My@Password", "anything");

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(entries("action=sign-in.failed&from=" + before))
                        .extracting(entry -> entry.get("actorId"))
                        .contains("someone@example.ua", "anonymous", "(not an account name)"));
        assertThat(mongo.findAll(Document.class, AuditEntry.COLLECTION).toString())
                .doesNotContain("MyPassword-typed-too-early")
                .doesNotContain("My@Password")
                .doesNotContain("not the password");
    }

    @Test
    void theAuditTrailIsForAdminsOnly() {
        String viewerKey = JsonPath.read(issueKey("audit-viewer", "viewer", "national"), "$.key");
        String coordinatorKey = JsonPath.read(issueKey("audit-coordinator", "coordinator", "region:UA-74"), "$.key");

        for (String key : List.of(viewerKey, coordinatorKey)) {
            anonymous
                    .get()
                    .uri("/api/v1/audit")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        anonymous.get().uri("/api/v1/audit").exchange().expectStatus().isUnauthorized();
        admin.get().uri("/api/v1/audit").exchange().expectStatus().isOk();
    }

    @Test
    void entriesComeNewestFirstAndTheFiltersNarrowThem() {
        Instant base = Instant.parse("2020-03-01T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            trail.record(entry(base.plusSeconds(i), "filters.tested", "key:filters" + i));
        }

        var all = entries("action=filters.tested&from=2020-03-01T00:00:00Z&to=2020-03-02T00:00:00Z");
        assertThat(all)
                .extracting(entry -> entry.get("actorId"))
                .containsExactly("key:filters2", "key:filters1", "key:filters0");
        assertThat(entries("action=filters.tested&from=2020-03-01T10:00:01Z&to=2020-03-01T10:00:02Z"))
                .extracting(entry -> entry.get("actorId"))
                .containsExactly("key:filters1");
        assertThat(entries("action=filters.tested&actor=key:filters0")).hasSize(1);
        assertThat(entries("action=filters.tested&limit=2")).hasSize(2);
        admin.get().uri("/api/v1/audit?limit=1001").exchange().expectStatus().isBadRequest();
        admin.get()
                .uri("/api/v1/audit?from=yesterday")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void theRetentionJobRemovesEntriesOlderThanTheRetentionAndKeepsNewerOnes() {
        Instant now = Instant.now();
        trail.record(entry(now.minus(properties.retention()).minus(Duration.ofDays(1)), "retention.tested", "key:old"));
        trail.record(entry(now.minus(Duration.ofDays(1)), "retention.tested", "key:new"));

        retention.run(Instant.now());

        assertThat(entries("action=retention.tested"))
                .extracting(entry -> entry.get("actorId"))
                .containsExactly("key:new");
    }

    private static AuditEntry entry(Instant at, String action, String actor) {
        return new AuditEntry(
                AuditEntry.newId(at),
                at,
                actor,
                actor,
                "viewer",
                "national",
                action,
                "POST",
                "/test",
                200,
                "127.0.0.1",
                null);
    }

    private String issueKey(String name, String role, String scope) {
        return new String(admin.post()
                .uri("/api/v1/access-keys")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name, "role", role, "scope", scope))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
    }

    private List<Map<String, Object>> entries(String query) {
        String body = new String(admin.get()
                .uri("/api/v1/audit?" + query)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
        return JsonPath.read(body, "$");
    }
}
