package ua.vidguk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import ua.vidguk.Centres;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.event.SurveyCompleted;

/**
 * The public ratings: open to anyone, only samples of at least {@code vidguk.ratings.min-sample}
 * (30 in the tests), nothing personal, cacheable. Centres of its own in Ternopil oblast (UA-61),
 * answers in April 2019.
 */
@VidgukIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRatingsIntegrationTests {

    static final String REGION = "UA-61";
    static final Instant APRIL = Instant.parse("2019-04-10T09:00:00Z");
    static final String PHONE = "+380671234561";
    static final String COMMENT = "Дуже довго чекали біля каси";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    RestTestClient http;
    int sessions;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @BeforeAll
    void answers() {
        Centres.register(port, "PUB-1", REGION, "Тернопіль");
        Centres.register(port, "PUB-2", REGION, "Тернопіль");
        Centres.register(port, "PUB-3", REGION, "Чортків");
        answer("PUB-1", 30, 10);
        answer("PUB-2", 35, 0);
        answer("PUB-3", 5, 0); // too few to publish, and so is its city
    }

    /** Completed surveys rated 5 or 1, with a comment and a phone number the page must never show. */
    void answer(String cnap, int satisfied, int not) {
        for (int i = 0; i < satisfied + not; i++) {
            boolean good = i < satisfied;
            events.publishEvent(new SurveyCompleted(
                    "pub-" + sessions++,
                    "cnap-visit",
                    cnap,
                    ContactAddress.tel(PhoneNumber.parseMobile(PHONE)),
                    Channel.SMS,
                    Map.of("overall", good ? "5" : "1", "comment", COMMENT),
                    !good,
                    APRIL.minusSeconds(300),
                    APRIL));
        }
    }

    @Test
    void aRegionsCitiesAndCentresArePublishedWithoutSigningInOnlyWhereTheSampleIsLargeEnough() {
        JsonNode region = json("/ratings.json?period=2019-04&region=" + REGION);

        assertThat(region.path("period").asString()).isEqualTo("2019-04");
        assertThat(region.path("from").asString()).isEqualTo("2019-04-01");
        assertThat(region.path("to").asString()).isEqualTo("2019-04-30");
        assertThat(region.path("minSample").asInt()).isEqualTo(30);
        assertThat(ids(region.path("centres"))).containsExactly("PUB-2", "PUB-1");
        JsonNode first = region.path("centres").get(0);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("responses").asInt()).isEqualTo(35);
        assertThat(first.path("satisfaction").asDouble()).isEqualTo(1.0);
        assertThat(region.path("centres").get(1).path("satisfaction").asDouble())
                .isEqualTo(0.75);
        assertThat(ids(region.path("cities"))).containsExactly(REGION + "/Тернопіль");
        assertThat(region.path("cities").get(0).path("responses").asInt()).isEqualTo(75);

        JsonNode country = json("/ratings.json?period=2019-04");
        assertThat(ids(country.path("regions"))).contains(REGION);
        assertThat(country.path("centres")).isEmpty();
    }

    @Test
    void thePublicFiguresHoldNoCommentsPhoneNumbersOrNegativeCounts() {
        String json = body("/ratings.json?period=2019-04&region=" + REGION);
        String page = body("/ratings?period=2019-04&region=" + REGION);

        for (String published : List.of(json, page)) {
            assertThat(published)
                    .contains("PUB-1")
                    .doesNotContain(
                            COMMENT, PHONE, "671234561", "PUB-3", "Чортків", "negative", "problems", "channels");
        }
        JsonNode centre = json("/ratings.json?period=2019-04&region=" + REGION)
                .path("centres")
                .get(0);
        List<String> fields = new ArrayList<>();
        centre.propertyNames().forEach(fields::add);
        assertThat(fields)
                .containsExactlyInAnyOrder("id", "name", "region", "city", "responses", "satisfaction", "rank");
    }

    @Test
    void thePageIsAnAccessibleTableInUkrainianWithEnglishALinkAway() {
        String page = unescaped(body("/ratings?period=2019-04&region=" + REGION));

        assertThat(page)
                .contains("<html lang=\"uk\">", "<caption>Центри: Тернопільська область, квітень 2019</caption>")
                .contains("<th scope=\"col\">Задоволені</th>", "<th scope=\"row\">ЦНАП PUB-2</th>")
                .contains("class=\"skip\" href=\"#ratings\"", "href=\"/ratings?period=2019-04&region=UA-61&lang=en\"")
                .doesNotContain("<script");
        String english = body("/ratings?period=2019-04&region=" + REGION + "&lang=en");
        assertThat(english).contains("<html lang=\"en\">", "Centres: Ternopil Oblast, April 2019");
        assertThat(unescaped(body("/ratings?period=2019-04")))
                .contains("href=\"/ratings?period=2019-04&region=UA-61\"");
    }

    @Test
    void bothAreCacheableByAnyoneAndAnswerNotModifiedToTheirETag() {
        for (String path : List.of("/ratings?period=2019-04", "/ratings.json?period=2019-04&region=" + REGION)) {
            var first = http.get().uri(path).exchange().expectStatus().isOk().returnResult(String.class);
            HttpHeaders headers = first.getResponseHeaders();
            assertThat(headers.getCacheControl()).contains("max-age=300").contains("public");
            assertThat(headers.getETag()).isNotBlank();

            http.get()
                    .uri(path)
                    .header(HttpHeaders.IF_NONE_MATCH, headers.getETag())
                    .exchange()
                    .expectStatus()
                    .isNotModified();
        }
    }

    @Test
    void aPeriodNotBegunOrNotAPeriodIsRefusedAndAnUnknownRegionIsNotFound() {
        http.get().uri("/ratings.json?period=2999-01").exchange().expectStatus().isBadRequest();
        http.get().uri("/ratings?period=last-week").exchange().expectStatus().isBadRequest();
        http.get().uri("/ratings.json?region=UA-99").exchange().expectStatus().isNotFound();
    }

    @Test
    void theDefaultPeriodIsTheLastWholeMonth() {
        JsonNode ratings = json("/ratings.json");
        var lastMonth =
                java.time.YearMonth.now(java.time.ZoneId.of("Europe/Kyiv")).minusMonths(1);

        assertThat(ratings.path("period").asString()).isEqualTo(lastMonth.toString());
    }

    private JsonNode json(String path) {
        return http.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(JsonNode.class)
                .getResponseBody();
    }

    private String body(String path) {
        return http.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
    }

    /** Links as a browser reads them: Mustache escapes "=" and "&" in attributes. */
    private static String unescaped(String page) {
        return page.replace("&#x3D;", "=").replace("&amp;", "&");
    }

    private static List<String> ids(JsonNode entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(entry -> ids.add(entry.path("id").asString()));
        return ids;
    }
}
