package ua.vidguk.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import ua.vidguk.ConsoleSession;
import ua.vidguk.Invites;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.conversation.event.SurveyCompleted;

/**
 * Visits reported with the administrator who served them, invited by a campaign the real way: the
 * end of each survey counts for its administrator once, and only the centre's own head reads the
 * figures, never the region, the country or the public ratings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministratorRatingsIntegrationTests extends FiguresTest {

    static final String ADMIN = VidgukIntegrationTest.ADMIN_TOKEN;
    static final String OKSANA = "Оксана К.";
    static final String PASSWORD = "a long enough password";

    final List<SurveyCompleted> ends = new ArrayList<>();
    Instant now;
    YearMonth month;

    @BeforeAll
    void surveysOfVisitsWithTheirAdministrators() {
        LocalTime kyiv = Instant.now().atZone(FigureCounter.KYIV).toLocalTime();
        assumeThat(kyiv.isBefore(LocalTime.of(23, 57)))
                .as("the send window 00:00-23:59 stays open, and the month the same, for the whole test")
                .isTrue();
        connect();
        centre("AD-1", "UA-51", "Одеса");
        centre("AD-2", "UA-51", "Ізмаїл");
        admin().post()
                .uri("/api/v1/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "name",
                        "Адміністратори AD-1",
                        "cnapCodes",
                        List.of("AD-1"),
                        "delayAfterVisit",
                        "PT0S",
                        "sendWindow",
                        Map.of("opens", "00:00", "closes", "23:59"),
                        "noRepeatDays",
                        0,
                        "endsAt",
                        Instant.now().plus(Duration.ofDays(30)).toString()))
                .exchange()
                .expectStatus()
                .isCreated();
        String visitedAt = Instant.now().minus(Duration.ofMinutes(30)).toString();
        admin().post()
                .uri("/api/v1/visits")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(
                        visit("AD-V1", "+380671730001", visitedAt, "  Оксана   К. "),
                        visit("AD-V2", "+380671730002", visitedAt, "op-17"),
                        visit("AD-V3", "+380671730003", visitedAt, null)))
                .exchange()
                .expectStatus()
                .isOk();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sessionOf("AD-V1") != null && sessionOf("AD-V2") != null && sessionOf("AD-V3") != null);
        now = Instant.now();
        month = YearMonth.from(now.atZone(FigureCounter.KYIV));
        ends.add(completed(
                sessionOf("AD-V1"), "AD-1", Channel.SMS, answers("overall", "5", "friendliness", "4"), false, now));
        ends.add(completed(
                sessionOf("AD-V2"), "AD-1", Channel.SMS, answers("overall", "1", "friendliness", "2"), true, now));
        ends.add(completed(sessionOf("AD-V3"), "AD-1", Channel.SMS, answers("overall", "4"), false, now));
        ends.forEach(events::publishEvent);
    }

    @Test
    void aSurveyEndCountsForItsAdministratorOnceHoweverOftenItIsHeard() {
        SurveyCompleted oksanas = ends.getFirst();
        events.publishEvent(oksanas);
        // As if the instance stopped after counting but before remembering it had.
        mongo.getCollection(FigureKeys.COUNTED)
                .deleteMany(new Document("_id", new Document("$regex", "\\|" + oksanas.sessionId() + "$")));
        events.publishEvent(oksanas);

        String key = FigureKeys.administratorKey(OKSANA);
        assertThat(figures(FigureKeys.administrator(month, "AD-1", key)))
                .hasValueSatisfying(figures -> assertThat(figures)
                        .containsEntry("responses", 1)
                        .containsEntry("administrator", OKSANA)
                        .containsEntry("cnap", "AD-1"));
        assertThat(figures(FigureKeys.administrator(month.getYear(), "AD-1", key)))
                .hasValueSatisfying(figures -> assertThat(figures).containsEntry("responses", 1));
        assertThat(figures(FigureKeys.CENTRE.month(month, "AD-1")))
                .hasValueSatisfying(figures -> assertThat(figures).containsEntry("responses", 3));
    }

    @Test
    void theCentresHeadReadsItsAdministratorsWithTheirFiguresAndTheOnesNotNamedAreLeftOut() {
        String head = issueKey("viewer", "cnaps:AD-1");

        JsonNode page = administrators(head, "")
                .expectStatus()
                .isOk()
                .returnResult(JsonNode.class)
                .getResponseBody();

        assertThat(page.path("centre").asString()).isEqualTo("AD-1");
        assertThat(page.path("from").asString()).isEqualTo(month.toString());
        assertThat(page.path("minSample").asInt()).isEqualTo(30);
        JsonNode administrators = page.path("administrators");
        assertThat(administrators).hasSize(2);
        JsonNode oksana = named(administrators, OKSANA);
        assertThat(oksana.path("name").asString()).isEqualTo(OKSANA);
        assertThat(oksana.path("key").asString()).isEqualTo(FigureKeys.administratorKey(OKSANA));
        assertThat(oksana.path("responses").asInt()).isEqualTo(1);
        assertThat(oksana.path("satisfaction").asDouble()).isEqualTo(1.0);
        assertThat(oksana.path("questions").path("friendliness").path("mean").asDouble())
                .isEqualTo(4.0);
        assertThat(oksana.path("ranked").asBoolean())
                .as("1 response is below the minimum sample")
                .isFalse();
        JsonNode operator = named(administrators, "op-17");
        assertThat(operator.path("negative").asInt()).isEqualTo(1);
        assertThat(operator.path("satisfaction").asDouble()).isEqualTo(0.0);
    }

    @Test
    void onlyTheCentresOwnHeadGetsTheAdministratorsNotAnotherCentreNorTheRegionNorTheCountry() {
        administrators(issueKey("viewer", "cnaps:AD-1,AD-2"), "?centre=AD-1")
                .expectStatus()
                .isOk();
        administrators(issueKey("viewer", "cnaps:AD-2"), "?centre=AD-1")
                .expectStatus()
                .isNotFound();
        administrators(issueKey("viewer", "region:UA-51"), "?centre=AD-1")
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:vidguk:problem:for-the-centres-head")
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains("centre's own head"));
        administrators(ADMIN, "?centre=AD-1").expectStatus().isForbidden();
        administrators(issueKey("coordinator", "national"), "?centre=AD-1")
                .expectStatus()
                .isForbidden();
        administrators(issueKey("reporter", "cnaps:AD-1"), "?centre=AD-1")
                .expectStatus()
                .isForbidden();
        http.get()
                .uri("/api/v1/ratings/administrators?centre=AD-1")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void thePublicAndRegionalRatingsNeverCarryAnAdministrator() {
        String month = "from=" + this.month.atDay(1) + "&to=" + this.month.atEndOfMonth();
        for (String query : List.of("level=centre&region=UA-51&" + month, "level=city&region=UA-51&" + month)) {
            String body = ratings(ADMIN, query).toString();
            assertThat(body).contains("\"responses\":3").doesNotContain(OKSANA, "op-17", "administrator");
        }
        assertThat(ratings(issueKey("viewer", "cnaps:AD-1"), "level=centre&" + month)
                        .toString())
                .doesNotContain(OKSANA, "op-17");
    }

    @Test
    void theConsoleShowsTheHeadItsAdministratorsAndRefusesEveryoneElse() throws Exception {
        var head = signedIn("head.ad1@example.ua", "viewer", "cnaps:AD-1");
        var page = head.get("/console/administrators");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Оцінки адміністраторів", "Оксана К.", "op-17", "100 %");
        assertThat(head.get("/console/cases").body()).contains("href=\"/console/administrators\"");
        assertThat(head.get("/console/administrators?centre=AD-2").statusCode()).isEqualTo(404);

        var region = signedIn("region.ad@example.ua", "viewer", "region:UA-51");
        var refused = region.get("/console/administrators?centre=AD-1");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("лише керівник").doesNotContain(OKSANA);
        assertThat(region.get("/console/cases").body()).doesNotContain("/console/administrators");

        var admin = new ConsoleSession(port);
        admin.signIn(ADMIN);
        assertThat(admin.get("/console/administrators?centre=AD-1").statusCode())
                .isEqualTo(403);
        assertThat(new ConsoleSession(port).get("/console/administrators").statusCode())
                .as("not signed in: to the sign-in page")
                .isEqualTo(302);
    }

    private static JsonNode named(JsonNode administrators, String name) {
        for (JsonNode administrator : administrators) {
            if (administrator.path("name").asString().equals(name)) {
                return administrator;
            }
        }
        throw new AssertionError("no administrator " + name + " in " + administrators);
    }

    private ConsoleSession signedIn(String email, String role, String scope) throws Exception {
        String link = Invites.invite(admin(), email, "Тест " + role, role, scope);
        var browser = new ConsoleSession(port);
        browser.post(link, browser.csrf(link), Map.of("password", PASSWORD, "repeated", PASSWORD));
        browser.signIn(email, PASSWORD);
        return browser;
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec administrators(
            String bearer, String query) {
        return http.get()
                .uri("/api/v1/ratings/administrators" + query)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .exchange();
    }

    private org.springframework.test.web.servlet.client.RestTestClient admin() {
        return http.mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN)
                .build();
    }

    private static Map<String, String> visit(String id, String phone, String visitedAt, String administrator) {
        var visit = new java.util.HashMap<String, String>(
                Map.of("externalId", id, "cnapCode", "AD-1", "phone", phone, "visitedAt", visitedAt));
        if (administrator != null) {
            visit.put("administrator", administrator);
        }
        return visit;
    }

    private String sessionOf(String visitId) {
        Document invitation = mongo.getCollection("invitations")
                // Another test's campaign of every centre may invite the visit too: either session will do.
                .find(new Document("visitId", visitId).append("sessionId", new Document("$ne", null)))
                .first();
        return invitation == null ? null : invitation.getString("sessionId");
    }
}
