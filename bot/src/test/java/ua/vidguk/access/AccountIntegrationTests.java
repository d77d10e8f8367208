package ua.vidguk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.Centres;
import ua.vidguk.ConsoleSession;
import ua.vidguk.Invites;
import ua.vidguk.VidgukIntegrationTest;

/** People's accounts: invited by a one-time link, a password of their own, a console session of their scope. */
@VidgukIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountIntegrationTests {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    RestTestClient admin;

    @BeforeEach
    void connect() {
        admin = client(VidgukIntegrationTest.ADMIN_TOKEN);
    }

    @Test
    void anInvitedPersonSetsAPasswordSignsInAndTheSessionIsTheirAccount() throws Exception {
        String link = Invites.invite(admin, "Olena.Head@Example.UA", "Олена Петренко", "viewer", "cnaps:ACT-1");
        var browser = new ConsoleSession(port);

        assertThat(browser.get(link).body()).contains("Вітаємо, Олена Петренко");
        assertThat(setPassword(browser, link, "short", "short").statusCode()).isEqualTo(422);
        assertThat(setPassword(browser, link, PASSWORD, PASSWORD + "!").body()).contains("Паролі не збігаються");
        var set = setPassword(browser, link, PASSWORD, PASSWORD);
        assertThat(set.statusCode()).isEqualTo(303);
        assertThat(set.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/sign-in?password-set"));
        var signInPage = browser.get(set.headers().firstValue("Location").orElseThrow());
        assertThat(signInPage.body()).contains("Пароль збережено");
        assertThat(browser.get(link).statusCode()).as("a used link").isEqualTo(404);

        var signedIn = browser.signIn("olena.head@example.ua", PASSWORD);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        var home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("Олена Петренко", "перегляд", "ЦНАП ACT-1")
                .doesNotContain("пісочниця");
        assertThat(browser.get("/console/cases").statusCode()).isEqualTo(200);
        assertThat(browser.get("/console/campaigns").statusCode()).isEqualTo(200);
        assertThat(browser.get("/console/phone").statusCode())
                .as("sandbox tools are the admin's")
                .isEqualTo(403);
        assertThat(browser.get("/console/visits").statusCode()).isEqualTo(403);

        assertThat(list(admin))
                .filteredOn(account -> account.get("email").equals("olena.head@example.ua"))
                .singleElement()
                .satisfies(account -> assertThat(account)
                        .containsEntry("passwordSet", true)
                        .containsEntry("inviteExpiresAt", null)
                        .containsEntry("createdBy", "admin-token")
                        .doesNotContainKeys("passwordHash", "inviteHash")
                        .extractingByKey("lastSignInAt")
                        .isNotNull());
    }

    @Test
    void aWrongPasswordIsRefusedLikeAWrongTokenAndCounted(CapturedOutput log) throws Exception {
        signedUp("wrong.password@example.ua", "region:UA-05");
        var browser = new ConsoleSession(port);

        var refused = browser.signIn("wrong.password@example.ua", "not the password at all");

        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?error"));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(log.getOut()).contains("Wrong console sign-in from ").doesNotContain("not the password at all");
    }

    @Test
    void aDisabledAccountsSessionStopsAtOnceAndItCannotSignInAgain() throws Exception {
        signedUp("leaving@example.ua", "region:UA-05");
        var browser = new ConsoleSession(port);
        browser.signIn("leaving@example.ua", PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        admin.post()
                .uri("/api/v1/accounts/leaving@example.ua/disable")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.disabledAt")
                .isNotEmpty();

        var afterwards = browser.get("/console/cases");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in"));
        assertThat(new ConsoleSession(port)
                        .signIn("leaving@example.ua", PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?error"));
    }

    @Test
    void anAccountDisabledMoreThanAYearAgoIsRemovedARecentOneKept(@Autowired EndedCredentials retention)
            throws Exception {
        signedUp("gone-long-ago@example.ua", "region:UA-05");
        signedUp("gone-lately@example.ua", "region:UA-05");
        for (String email : java.util.List.of("gone-long-ago@example.ua", "gone-lately@example.ua")) {
            admin.post()
                    .uri("/api/v1/accounts/" + email + "/disable")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        var aYearAndADayAgo = java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(366)));
        mongo.getCollection("accounts")
                .updateOne(
                        new org.bson.Document("_id", "gone-long-ago@example.ua"),
                        new org.bson.Document("$set", new org.bson.Document("disabledAt", aYearAndADayAgo)));

        retention.run(java.time.Instant.now());

        assertThat(mongo.getCollection("accounts")
                        .countDocuments(new org.bson.Document("_id", "gone-long-ago@example.ua")))
                .isZero();
        assertThat(mongo.getCollection("accounts")
                        .countDocuments(new org.bson.Document("_id", "gone-lately@example.ua")))
                .isOne();
    }

    @Test
    void aRegionsCoordinatorInvitesWithinItsRegionOnlyNeverAnAdminAndSeesOnlyItsRegionsAccounts() {
        var coordinator = client(key("Чернігівська ОДА", "coordinator", "region:UA-74"));
        Invites.invite(admin, "lviv.viewer@example.ua", "Львів", "viewer", "region:UA-46");

        invite(coordinator, "lviv.other@example.ua", "viewer", "region:UA-46")
                .expectStatus()
                .isForbidden();
        invite(coordinator, "new.admin@example.ua", "admin", "national")
                .expectStatus()
                .isForbidden();
        invite(coordinator, "chernihiv.viewer@example.ua", "viewer", "region:UA-74")
                .expectStatus()
                .isCreated();

        assertThat(list(coordinator))
                .extracting(account -> account.get("email"))
                .contains("chernihiv.viewer@example.ua")
                .doesNotContain("lviv.viewer@example.ua");
        coordinator
                .post()
                .uri("/api/v1/accounts/lviv.viewer@example.ua/invite")
                .exchange()
                .expectStatus()
                .isNotFound();
        coordinator
                .post()
                .uri("/api/v1/accounts/lviv.viewer@example.ua/disable")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aNationalCoordinatorCannotSendAnAdminANewLink() {
        Invites.invite(admin, "the.admin@example.ua", "Адміністратор", "admin", "national");
        var coordinator = client(key("Міністерство", "coordinator", "national"));

        coordinator
                .post()
                .uri("/api/v1/accounts/the.admin@example.ua/invite")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aNewInvitationReplacesTheOldLinkSoAForgottenPasswordCanBeReset() throws Exception {
        String first = signedUp("forgetful@example.ua", "cnaps:ACT-2");
        String second = admin.post()
                .uri("/api/v1/accounts/forgetful@example.ua/invite")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("inviteUrl")
                .toString();
        var browser = new ConsoleSession(port);

        assertThat(second).isNotEqualTo(first);
        assertThat(browser.get(first).statusCode()).isEqualTo(404);
        assertThat(setPassword(browser, second, "a brand new password", "a brand new password")
                        .statusCode())
                .isEqualTo(303);
        assertThat(browser.signIn("forgetful@example.ua", PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?error"));
        assertThat(browser.signIn("forgetful@example.ua", "a brand new password")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/"));
    }

    @Test
    void theDatabaseHoldsNeitherThePasswordNorTheInvitationsToken() throws Exception {
        String used = signedUp("stored@example.ua", "cnaps:ACT-3");
        String open = Invites.invite(admin, "pending@example.ua", "Чекає", "viewer", "cnaps:ACT-3");

        String stored = mongo.getCollection("accounts")
                .find(new Document("_id", new Document("$in", List.of("stored@example.ua", "pending@example.ua"))))
                .into(new java.util.ArrayList<>())
                .toString();

        assertThat(stored).contains("{bcrypt}", "inviteHash").doesNotContain(PASSWORD, token(used), token(open));
    }

    @Test
    void theConsoleShowsOnlyTheCampaignsThatTouchTheAccountsScope() throws Exception {
        // Regions no other test reports visits in, so these campaigns invite nobody's visits.
        Centres.register(port, "ACT-43", "UA-43", "Сімферополь");
        campaign("Кримська кампанія", "UA-43");
        campaign("Севастопольська кампанія", "UA-40");
        signedUp("crimea.centre@example.ua", "cnaps:ACT-43");
        var browser = new ConsoleSession(port);
        browser.signIn("crimea.centre@example.ua", PASSWORD);

        var page = browser.get("/console/campaigns").body();

        assertThat(page)
                .contains("Кримська кампанія", "запрошення полічено лише для ваших ЦНАП")
                .doesNotContain("Севастопольська кампанія");
    }

    private void campaign(String name, String region) {
        admin.post()
                .uri("/api/v1/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "name",
                        name,
                        "regions",
                        List.of(region),
                        "endsAt",
                        java.time.Instant.now()
                                .plus(java.time.Duration.ofDays(30))
                                .toString()))
                .exchange()
                .expectStatus()
                .isCreated();
    }

    /** An account that was invited by the admin and has set {@link #PASSWORD}; gives the used link. */
    private String signedUp(String email, String scope) throws Exception {
        String link = Invites.invite(admin, email, "Тест", "viewer", scope);
        assertThat(setPassword(new ConsoleSession(port), link, PASSWORD, PASSWORD)
                        .statusCode())
                .isEqualTo(303);
        return link;
    }

    private static HttpResponse<String> setPassword(ConsoleSession browser, String link, String password, String again)
            throws Exception {
        return browser.post(link, browser.csrf(link), Map.of("password", password, "repeated", again));
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private RestTestClient.ResponseSpec invite(RestTestClient api, String email, String role, String scope) {
        return api.post()
                .uri("/api/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "name", "Тест", "role", role, "scope", scope))
                .exchange();
    }

    private static List<Map<String, Object>> list(RestTestClient api) {
        return api.get()
                .uri("/api/v1/accounts")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
    }

    private String key(String name, String role, String scope) {
        return admin.post()
                .uri("/api/v1/access-keys")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name, "role", role, "scope", scope))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("key")
                .toString();
    }

    private RestTestClient client(String token) {
        return RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .build();
    }
}
