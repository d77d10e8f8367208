package ua.vidguk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import ua.vidguk.AccessKeysForTests;
import ua.vidguk.Centres;
import ua.vidguk.ConsoleSession;
import ua.vidguk.Invites;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneMask;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.conversation.event.SurveyExpired;

/**
 * Reports on a known set of survey ends in June 2013 (its own year, and regions UA-61 and UA-65
 * of its own, so the country is these two): the figures against the region and the country, the
 * weeks, the problems, the worst comments without phone numbers, and who may read which report.
 */
@VidgukIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsIntegrationTests {

    static final ContactAddress CONTACT = ContactAddress.tel(PhoneNumber.parseMobile("+380671234567"));
    static final String ADMIN = VidgukIntegrationTest.ADMIN_TOKEN;
    static final String PASSWORD = "correct horse battery";
    // 1 June 2013 is a Saturday: ISO week 22 is cut by the month, week 26 ends on 30 June.
    static final Instant JUNE_4 = Instant.parse("2013-06-04T09:00:00Z");
    static final Instant JUNE_18 = Instant.parse("2013-06-18T09:00:00Z");
    static final Instant MAY = Instant.parse("2013-05-15T09:00:00Z");
    static final Instant AUGUST = Instant.parse("2013-08-10T09:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    WorstComments comments;

    RestTestClient http;
    int sessions;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @BeforeAll
    void ends() {
        Centres.register(port, "RP-1", "UA-61", "Тернопіль");
        Centres.register(port, "RP-2", "UA-61", "Тернопіль");
        Centres.register(port, "RP-3", "UA-61", "Чортків");
        Centres.register(port, "RP-4", "UA-61", "Кременець");
        Centres.register(port, "RP-9", "UA-65", "Херсон");
        for (int i = 0; i < 30; i++) {
            events.publishEvent(completed("rp-may-" + i, "RP-1", answers("overall", "5"), MAY));
            events.publishEvent(completed("rp2-" + i, "RP-2", answers("overall", "5"), JUNE_4));
            events.publishEvent(completed("rp9-" + i, "RP-9", answers("overall", i < 15 ? "5" : "1"), JUNE_4));
        }
        for (int i = 0; i < 27; i++) {
            events.publishEvent(completed("rp1-" + i, "RP-1", answers("overall", "5", "comment", "Дякую"), JUNE_4));
        }
        var angry = completed(
                "rp1-bad-1",
                "RP-1",
                answers("overall", "1", "problem", "waiting", "comment", "Чекала дві години, наберіть 067 123 45 67"),
                JUNE_18);
        events.publishEvent(angry);
        events.publishEvent(angry); // redelivered
        events.publishEvent(completed(
                "rp1-bad-2",
                "RP-1",
                answers("overall", "1", "problem", "waiting", "comment", "Ніхто не пояснив"),
                JUNE_18.plusSeconds(60)));
        events.publishEvent(completed(
                "rp1-bad-3", "RP-1", answers("overall", "2", "problem", "rude", "comment", "Грубо"), JUNE_18));
        for (int i = 0; i < 5; i++) {
            events.publishEvent(completed("rp3-" + i, "RP-3", answers("overall", "4"), JUNE_4));
        }
        events.publishEvent(new SurveyExpired(
                "rp3-gone",
                "cnap-visit",
                "RP-3",
                CONTACT,
                Channel.SMS,
                answers("overall", "1", "problem", "other", "comment", "Пішла, не дочекавшись"),
                JUNE_18.minusSeconds(90_000),
                JUNE_18));
        for (int i = 0; i < 25; i++) {
            String overall = String.valueOf(1 + i % 3);
            events.publishEvent(completed(
                    "rp4-" + i,
                    "RP-4",
                    answers("overall", overall, "comment", "Коментар " + i),
                    AUGUST.plusSeconds(i)));
        }
    }

    @Test
    void aCentresReportHasItsFiguresItsPlaceTheRegionAndTheCountry() {
        JsonNode report = get(ADMIN, "/api/v1/reports/centres/RP-1?period=2013-06");

        assertThat(report.path("kind").asString()).isEqualTo("centre");
        assertThat(report.path("regionName").asString()).isEqualTo("Тернопільська область");
        assertThat(report.path("period").path("from").asString()).isEqualTo("2013-06-01");
        JsonNode figures = report.path("figures");
        assertThat(figures.path("previousFrom").asString()).isEqualTo("2013-05-01");
        JsonNode subject = figures.path("subject");
        assertThat(subject.path("responses").asInt()).isEqualTo(30);
        assertThat(subject.path("satisfaction").asDouble()).isEqualTo(0.9);
        assertThat(subject.path("rank").asInt()).isEqualTo(2);
        assertThat(subject.path("previous").path("responses").asInt()).isEqualTo(30);
        assertThat(subject.path("previous").path("satisfaction").asDouble()).isEqualTo(1.0);
        assertThat(figures.path("peers").asInt()).isEqualTo(2);
        assertThat(figures.path("region").path("responses").asInt()).isEqualTo(66);
        assertThat(figures.path("region").path("satisfaction").asDouble()).isEqualTo(0.9394);
        assertThat(figures.path("country").path("responses").asInt()).isEqualTo(96);
        assertThat(figures.path("country").path("means").path("overall").asDouble())
                .isEqualTo(4.1667);
    }

    @Test
    void theTrendIsByIsoWeekWithTheWeeksTheMonthCutsMarked() {
        JsonNode weeks = get(ADMIN, "/api/v1/reports/centres/RP-1?period=2013-06")
                .path("figures")
                .path("weeks");

        assertThat(weeks.size()).isEqualTo(5);
        assertThat(weeks.get(0).path("week").asString()).isEqualTo("2013-W22");
        assertThat(weeks.get(0).path("from").asString()).isEqualTo("2013-06-01");
        assertThat(weeks.get(0).path("partial").asBoolean()).isTrue();
        assertThat(weeks.get(1).path("responses").asInt()).isEqualTo(27);
        assertThat(weeks.get(1).path("satisfaction").asDouble()).isEqualTo(1.0);
        assertThat(weeks.get(3).path("responses").asInt()).isEqualTo(3);
        assertThat(weeks.get(3).path("satisfaction").asDouble()).isEqualTo(0.0);
        assertThat(weeks.get(4).path("to").asString()).isEqualTo("2013-06-30");
        assertThat(weeks.get(4).path("partial").asBoolean()).isFalse();
        assertThat(weeks.get(4).path("responses").asInt()).isZero();
    }

    @Test
    void theProblemsComeMostNamedFirstWithTheirWording() {
        JsonNode problems =
                get(ADMIN, "/api/v1/reports/centres/RP-1?period=2013-06").path("problems");

        assertThat(problems.get(0).path("option").asString()).isEqualTo("waiting");
        assertThat(problems.get(0).path("count").asInt()).isEqualTo(2);
        assertThat(problems.get(0).path("nameUk").asString()).isEqualTo("Довге очікування");
        assertThat(problems.get(1).path("option").asString()).isEqualTo("rude");
    }

    @Test
    void theWorstCommentsComeLowestFirstOnceEachWithoutPhoneNumbers() {
        JsonNode worst =
                get(ADMIN, "/api/v1/reports/centres/RP-1?period=2013-06").path("worstComments");

        assertThat(texts(worst))
                .containsExactly("Ніхто не пояснив", "Чекала дві години, наберіть " + PhoneMask.HIDDEN, "Грубо");
        assertThat(worst.get(0).path("overall").asInt()).isEqualTo(1);
        assertThat(worst.toString()).doesNotContain("123 45 67").doesNotContain("380671234567");
        assertThat(mongo.getCollection(WorstComments.COLLECTION)
                        .find(new Document("_id", "c|2013-06|RP-1"))
                        .first()
                        .getList("comments", Document.class))
                .hasSize(3);
    }

    @Test
    void aMonthKeepsOnlyItsTwentyWorstAndAReportShowsTen() {
        Document august = mongo.getCollection(WorstComments.COLLECTION)
                .find(new Document("_id", "c|2013-08|RP-4"))
                .first();
        List<Document> kept = august.getList("comments", Document.class);
        assertThat(kept).hasSize(WorstComments.KEPT);
        // 25 comments rated 1, 2, 3 in turn: the nine 1s and the eight 2s are all kept, three 3s.
        assertThat(kept.stream().filter(c -> c.getInteger("overall") == 1)).hasSize(9);
        assertThat(kept.stream().filter(c -> c.getInteger("overall") == 3)).hasSize(3);

        JsonNode worst =
                get(ADMIN, "/api/v1/reports/centres/RP-4?period=2013-08").path("worstComments");
        assertThat(worst.size()).isEqualTo(10);
        assertThat(worst.get(0).path("text").asString()).isEqualTo("Коментар 24");
    }

    @Test
    void aRegionsReportReadsTheRegionsDocumentsAndItsCentresComments() {
        JsonNode report = get(ADMIN, "/api/v1/reports/regions/UA-61?period=2013-Q2");

        JsonNode subject = report.path("figures").path("subject");
        assertThat(subject.path("responses").asInt()).isEqualTo(96);
        assertThat(subject.path("rank").asInt()).isEqualTo(1);
        assertThat(report.path("figures").path("peers").asInt()).isEqualTo(2);
        assertThat(report.path("figures").path("region").isNull()).isTrue();
        assertThat(report.path("figures").path("country").path("responses").asInt())
                .isEqualTo(126);
        assertThat(report.path("figures").path("weeks").size()).isEqualTo(13);
        assertThat(texts(report.path("worstComments"))).contains("Пішла, не дочекавшись", "Грубо");
        assertThat(report.path("problems").get(0).path("option").asString()).isEqualTo("waiting");
    }

    @Test
    void aCentresHeadGetsItsCentreOnlyNotAnotherCentreNorItsRegion() {
        String head = AccessKeysForTests.issue(port, "viewer", "cnaps:RP-1");

        get(head, "/api/v1/reports/centres/RP-1?period=2013");
        status(head, "/api/v1/reports/centres/RP-2?period=2013", 404);
        status(head, "/api/v1/reports/regions/UA-61?period=2013", 404);
    }

    @Test
    void aRegionsViewerGetsItsRegionAndCentresNotAnotherRegions() {
        String region = AccessKeysForTests.issue(port, "viewer", "region:UA-61");

        get(region, "/api/v1/reports/regions/UA-61?period=2013-06");
        get(region, "/api/v1/reports/centres/RP-3?period=2013-06");
        status(region, "/api/v1/reports/regions/UA-65?period=2013-06", 404);
        status(region, "/api/v1/reports/centres/RP-9?period=2013-06", 404);
    }

    @Test
    void aReporterIsRefusedAnAnonymousCallerIsNotSignedInAndABadPeriodIsRefused() {
        String reporter = AccessKeysForTests.issue(port, "reporter", "cnaps:RP-1");

        status(reporter, "/api/v1/reports/centres/RP-1", 403);
        http.get()
                .uri("/api/v1/reports/regions/UA-61")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        status(ADMIN, "/api/v1/reports/centres/RP-1?period=2013-13", 400);
        status(ADMIN, "/api/v1/reports/centres/RP-1?period=last-week", 400);
        status(ADMIN, "/api/v1/reports/centres/NO-SUCH?period=2013", 404);
    }

    @Test
    void monthsWhoseLastDayIsOlderThanTheRetentionAreRemoved() {
        comments.keep("rp-old", "RP-OLD", "UA-61", 1, "Старий", Instant.parse("2012-01-20T10:00:00Z"));
        comments.keep("rp-kept", "RP-OLD", "UA-61", 1, "Ще потрібний", Instant.parse("2012-02-20T10:00:00Z"));
        var properties = new ReportsProperties(Duration.ofDays(30 + 31), 10);
        // 61 days before 1 April 2012 is 31 January: January's last day is not older yet.
        new CommentRetention(comments, properties).run(Instant.parse("2012-04-01T10:00:00Z"));
        assertThat(exists("c|2012-01|RP-OLD")).isTrue();
        new CommentRetention(comments, properties).run(Instant.parse("2012-04-02T10:00:00Z"));
        assertThat(exists("c|2012-01|RP-OLD")).isFalse();
        assertThat(exists("r|2012-01|UA-61")).isFalse();
        assertThat(exists("c|2012-02|RP-OLD")).isTrue();
        assertThat(exists("r|2012-02|UA-61")).isTrue();
    }

    @Test
    void theConsolePrintsACentresReportWithItsWeeksAsBarsAndNoPhoneNumbers() throws Exception {
        var browser = new ConsoleSession(port);
        browser.signIn(ADMIN);

        var page = browser.get("/console/reports?centre=RP-1&period=2013-06");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Звіт: ", "червень 2013", "June 2013", "@page { size: A4")
                .contains("<svg class=\"chart\"", "<rect class=\"bar partial\"", "W22*")
                .contains("Довге очікування", "90,0 %", "2 з 2", PhoneMask.HIDDEN)
                .doesNotContain("123 45 67");
        assertThat(browser.get("/console/reports?region=UA-61&period=2013-Q2").body())
                .contains("II квартал 2013", "Пішла, не дочекавшись", "серед областей");
        assertThat(browser.get("/console/reports?centre=RP-1&period=soon").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theConsoleShowsACentresHeadOnlyItsCentresReportAndNobodyElseAny() throws Exception {
        var api = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN)
                .build();
        String link = Invites.invite(api, "rp1.head@example.ua", "Голова RP-1", "viewer", "cnaps:RP-1");
        var head = new ConsoleSession(port);
        head.post(link, head.csrf(link), Map.of("password", PASSWORD, "repeated", PASSWORD));
        head.signIn("rp1.head@example.ua", PASSWORD);

        assertThat(head.get("/console/reports?centre=RP-1&period=2013-06").statusCode())
                .isEqualTo(200);
        assertThat(head.get("/console/reports?centre=RP-2&period=2013-06").statusCode())
                .isEqualTo(404);
        var region = head.get("/console/reports?region=UA-61&period=2013-06");
        assertThat(region.statusCode()).isEqualTo(404);
        assertThat(region.body()).doesNotContain("Пішла, не дочекавшись");
        var anonymous = new ConsoleSession(port).get("/console/reports?centre=RP-1&period=2013-06");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/sign-in"));
    }

    private boolean exists(String id) {
        return mongo.getCollection(WorstComments.COLLECTION)
                        .find(new Document("_id", id))
                        .first()
                != null;
    }

    private SurveyCompleted completed(String session, String cnap, Map<String, String> answers, Instant at) {
        sessions++;
        boolean negative = Integer.parseInt(answers.get("overall")) <= 2;
        return new SurveyCompleted(
                session, "cnap-visit", cnap, CONTACT, Channel.SMS, answers, negative, at.minusSeconds(300), at);
    }

    private static Map<String, String> answers(String... pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put(pairs[i], pairs[i + 1]);
        }
        return answers;
    }

    private JsonNode get(String bearer, String path) {
        return http.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(JsonNode.class)
                .getResponseBody();
    }

    private void status(String bearer, String path, int status) {
        http.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .exchange()
                .expectStatus()
                .isEqualTo(status);
    }

    private static List<String> texts(JsonNode comments) {
        List<String> texts = new ArrayList<>();
        comments.forEach(comment -> texts.add(comment.path("text").asString()));
        return texts;
    }
}
