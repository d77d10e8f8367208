package ua.vidguk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import ua.vidguk.Centres;
import ua.vidguk.VidgukIntegrationTest;

/** API keys: shown once, stored only as a hash, scoped, and dead the moment they are revoked. */
@VidgukIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccessKeyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Credentials credentials;

    RestTestClient http;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aKeyIsShownOnceAndOnlyItsHashIsStoredOrListedOrLogged(CapturedOutput output) {
        JsonNode issued = issue(VidgukIntegrationTest.ADMIN_TOKEN, "Черга ЦНАП", "reporter", "cnaps:KEY-1");
        String key = issued.path("key").asString();
        String id = issued.path("about").path("id").asString();
        assertThat(key).startsWith("vk_" + id + "_").hasSizeGreaterThan(40);

        Document stored =
                mongo.getCollection("access_keys").find(new Document("_id", id)).first();
        assertThat(stored).isNotNull();
        // The secret is what follows the id: it may itself hold '_' (base64url).
        String secret = key.substring(("vk_" + id + "_").length());
        assertThat(stored.toJson()).doesNotContain(key).doesNotContain(secret);
        assertThat(stored.getString("hash")).isEqualTo(Credentials.hash(key));
        String listed = http.get()
                .uri("/api/v1/access-keys")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        assertThat(listed).contains("\"prefix\":\"vk_" + id + "\"").doesNotContain(key);

        me(key).expectStatus().isOk().expectBody().jsonPath("$.role").isEqualTo("reporter");
        assertThat(output.getAll()).doesNotContain(key);
    }

    @Test
    void aKeyActsWithItsRoleAndScopeAndRecordsItsLastUse() {
        String key = issue(VidgukIntegrationTest.ADMIN_TOKEN, "Аналітика області", "viewer", "region:UA-74")
                .path("key")
                .asString();

        me(key).expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.scope")
                .isEqualTo("region:UA-74")
                .jsonPath("$.kind")
                .isEqualTo("key");
        // A viewer reads but does not change: the role is checked before anything is done.
        http.post()
                .uri("/api/v1/campaigns")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{}")
                .exchange()
                .expectStatus()
                .isForbidden();

        credentials.writeLastUsed();
        assertThat(keyDocument(key).getDate("lastUsedAt")).isNotNull();
    }

    @Test
    void aRevokedOrExpiredKeyGets401AtOnce() {
        JsonNode revoked = issue(VidgukIntegrationTest.ADMIN_TOKEN, "Стара черга", "reporter", "cnaps:KEY-2");
        me(revoked.path("key").asString()).expectStatus().isOk();
        http.post()
                .uri("/api/v1/access-keys/" + revoked.path("about").path("id").asString() + "/revoke")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.revokedAt")
                .exists();
        me(revoked.path("key").asString()).expectStatus().isUnauthorized();

        JsonNode expired = issue(VidgukIntegrationTest.ADMIN_TOKEN, "Тимчасовий", "viewer", "cnaps:KEY-2");
        http.post()
                .uri("/api/v1/access-keys/" + expired.path("about").path("id").asString() + "/expire")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("at", Instant.now().minusSeconds(1).toString()))
                .exchange()
                .expectStatus()
                .isOk();
        me(expired.path("key").asString()).expectStatus().isUnauthorized();
    }

    @Test
    void aKeyRevokedByAnotherInstanceStopsWorkingAtThisOnesNextLook() {
        String key = issue(VidgukIntegrationTest.ADMIN_TOKEN, "Друга копія", "viewer", "national")
                .path("key")
                .asString();
        me(key).expectStatus().isOk();

        // What another instance writes when it revokes: the key, then the version every instance watches.
        mongo.getCollection("access_keys")
                .updateOne(
                        new Document("hash", Credentials.hash(key)),
                        new Document("$set", new Document("revokedAt", new java.util.Date())));
        me(key).expectStatus().isOk(); // this instance has not looked yet: no read per request
        mongo.getCollection("access_state")
                .updateOne(
                        new Document("_id", "credentials"),
                        new Document("$inc", new Document("version", 1L)),
                        new com.mongodb.client.model.UpdateOptions().upsert(true));
        credentials.reloadIfChanged();

        me(key).expectStatus().isUnauthorized();
    }

    @Test
    void aCoordinatorGivesKeysOnlyWithinItsOwnScopeAndNeverAdmin() {
        Centres.register(port, "KEY-74", "UA-74", "Чернігів");
        Centres.register(port, "KEY-46", "UA-46", "Львів");
        String coordinator = issue(VidgukIntegrationTest.ADMIN_TOKEN, "Чернігівська ОДА", "coordinator", "region:UA-74")
                .path("key")
                .asString();

        assertThat(issueStatus(coordinator, "viewer", "cnaps:KEY-74")).isEqualTo(HttpStatus.CREATED);
        assertThat(issueStatus(coordinator, "coordinator", "region:UA-74")).isEqualTo(HttpStatus.CREATED);
        assertThat(issueStatus(coordinator, "viewer", "cnaps:KEY-46")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(issueStatus(coordinator, "viewer", "region:UA-46")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(issueStatus(coordinator, "viewer", "national")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(issueStatus(coordinator, "admin", "national")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(issueStatus(VidgukIntegrationTest.ADMIN_TOKEN, "admin", "region:UA-74"))
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(issueStatus(VidgukIntegrationTest.ADMIN_TOKEN, "boss", "national"))
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);

        // It lists what it oversees, not the national keys above it.
        String listed = http.get()
                .uri("/api/v1/access-keys")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + coordinator)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        assertThat(listed).contains("cnaps:KEY-74").doesNotContain("\"scope\":\"national\"");
    }

    @Test
    void aViewerCannotGiveKeysAtAll() {
        String viewer = issue(VidgukIntegrationTest.ADMIN_TOKEN, "Перегляд", "viewer", "national")
                .path("key")
                .asString();
        assertThat(issueStatus(viewer, "viewer", "cnaps:KEY-1")).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void keysThatEndedMoreThanAYearAgoAreRemovedTheOthersKept(@Autowired EndedCredentials ended) {
        String old = issue(VidgukIntegrationTest.ADMIN_TOKEN, "Давній", "viewer", "national")
                .path("key")
                .asString();
        String recent = issue(VidgukIntegrationTest.ADMIN_TOKEN, "Нещодавній", "viewer", "national")
                .path("key")
                .asString();
        var yearAndADayAgo = java.util.Date.from(Instant.now().minus(java.time.Duration.ofDays(366)));
        mongo.getCollection("access_keys")
                .updateOne(
                        new Document("hash", Credentials.hash(old)),
                        new Document("$set", new Document("revokedAt", yearAndADayAgo)));
        mongo.getCollection("access_keys")
                .updateOne(
                        new Document("hash", Credentials.hash(recent)),
                        new Document("$set", new Document("revokedAt", new java.util.Date())));

        ended.run(Instant.now());

        assertThat(keyDocument(old)).isNull();
        assertThat(keyDocument(recent)).isNotNull();
    }

    private JsonNode issue(String bearer, String name, String role, String scope) {
        return http.post()
                .uri("/api/v1/access-keys")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name, "role", role, "scope", scope))
                .exchange()
                .expectStatus()
                .isCreated()
                .returnResult(JsonNode.class)
                .getResponseBody();
    }

    private HttpStatus issueStatus(String bearer, String role, String scope) {
        return HttpStatus.valueOf(http.post()
                .uri("/api/v1/access-keys")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "k", "role", role, "scope", scope))
                .exchange()
                .returnResult(String.class)
                .getStatus()
                .value());
    }

    private RestTestClient.ResponseSpec me(String key) {
        return http.get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .exchange();
    }

    private Document keyDocument(String key) {
        return mongo.getCollection("access_keys")
                .find(new Document("hash", Credentials.hash(key)))
                .first();
    }
}
