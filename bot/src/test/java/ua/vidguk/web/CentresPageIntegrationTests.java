package ua.vidguk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import ua.vidguk.VidgukIntegrationTest;

/**
 * The public directory of centres: open to anyone, by region and city, searched in any case and
 * with any apostrophe, each centre leading to its web survey, names escaped. Centres of its own
 * (DIR-…) in Volyn (UA-07) and Dnipropetrovsk oblast (UA-12).
 */
@VidgukIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CentresPageIntegrationTests {

    static final String HOSTILE = "ЦНАП <script>alert(\"x\")</script> & Ко";

    @LocalServerPort
    int port;

    RestTestClient http;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @BeforeAll
    void centres() {
        connect();
        http.put()
                .uri("/api/v1/cnaps")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(
                        centre("DIR-1", "Центр «Прозорий офіс» Луцька", "UA-07", "Луцьк"),
                        centre("DIR-2", "ЦНАП Камʼянської громади", "UA-12", "Кам’янське"),
                        centre("DIR-3", HOSTILE, "UA-07", "Ковель")))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void anyoneSeesTheRegionsWithASearchFormInUkrainianAndMayCacheIt() {
        var answer = http.get().uri("/centres").exchange();

        answer.expectStatus()
                .isOk()
                .expectHeader()
                .cacheControl(org.springframework.http.CacheControl.maxAge(CentresPageController.MAX_AGE)
                        .cachePublic());
        String page = body(answer);
        assertThat(page)
                .contains("<html lang=\"uk\">", "<a class=\"skip\" href=\"#centres\">")
                .contains("<form method=\"get\" action=\"/centres\" role=\"search\">")
                .contains("<label for=\"q\">Назва центру, місто або код</label>", "id=\"q\" name=\"q\"")
                .contains("<a href=\"/centres?region=UA-07\">Волинська область")
                .contains("href=\"/centres?lang=en\"");
    }

    @Test
    void aRegionListsItsCitiesAndCentresEachLeadingToItsSurvey() {
        String page = page("/centres?region=UA-07");

        assertThat(page)
                .contains("<h2>Волинська область</h2>", "<h3>Луцьк</h3>", "<h3>Ковель</h3>")
                .contains("<a href=\"/c/DIR-1\">Центр «Прозорий офіс» Луцька")
                .contains("data-code=\"DIR-3\"")
                .doesNotContain("DIR-2");
        assertThat(page.indexOf("<h3>Ковель</h3>")).isLessThan(page.indexOf("<h3>Луцьк</h3>"));
    }

    @Test
    void theSearchFindsCyrillicInAnyCaseAndWithAnyApostrophe() {
        assertThat(page("/centres?q={q}", "луцьк"))
                .contains("href=\"/c/DIR-1\"", "role=\"status\"")
                .doesNotContain("DIR-2");
        assertThat(page("/centres?q={q}", "КАМ'ЯНСЬК")).contains("href=\"/c/DIR-2\"");
        assertThat(page("/centres?q={q}", "прозорий ОФІС луцька")).contains("href=\"/c/DIR-1\"");
        assertThat(page("/centres?q={q}", "dir-3")).contains("href=\"/c/DIR-3\"");
        assertThat(page("/centres?q={q}", "прозорий дніпро")).doesNotContain("DIR-1", "DIR-2");
        assertThat(page("/centres?q={q}", "Неіснуюче місто"))
                .contains("За запитом «Неіснуюче місто» нічого не знайдено")
                .doesNotContain("data-code=");
    }

    @Test
    void namesAndTheSearchAreEscaped() {
        String page = page("/centres?q={q}", "<b>Ковель</b>");
        assertThat(page).doesNotContain("<b>Ковель</b>").contains("&lt;b&gt;Ковель&lt;/b&gt;");

        String region = page("/centres?region=UA-07");
        assertThat(region)
                .doesNotContain("<script>alert")
                .contains("ЦНАП &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ко");
    }

    @Test
    void inEnglishTheRegionsAreNamedInEnglishAndTheSurveysOpenInEnglish() {
        String page = page("/centres?region=UA-07&lang=en");

        assertThat(page)
                .contains("<html lang=\"en\">", "<h2>Volyn Oblast</h2>", "href=\"/c/DIR-1?lang=en\"")
                .contains("href=\"/centres?region=UA-07\" lang=\"uk\"");
        assertThat(page("/centres?q={q}&lang=en", "луцьк"))
                .contains("<input type=\"hidden\" name=\"lang\" value=\"en\">");
    }

    @Test
    void theJsonListsTheCentresWithTheirSurveysAbsoluteAddress() {
        JsonNode listing = http.get()
                .uri("/centres.json?q={q}", "DIR-1")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(JsonNode.class)
                .getResponseBody();

        assertThat(listing.path("centres")).hasSize(1);
        JsonNode centre = listing.path("centres").get(0);
        assertThat(centre.path("code").asString()).isEqualTo("DIR-1");
        assertThat(centre.path("name").asString()).isEqualTo("Центр «Прозорий офіс» Луцька");
        assertThat(centre.path("regionName").asString()).isEqualTo("Волинська область");
        assertThat(centre.path("city").asString()).isEqualTo("Луцьк");
        assertThat(centre.path("survey").asString()).isEqualTo("http://localhost:" + port + "/c/DIR-1");
    }

    @Test
    void anUnknownRegionIsNotFound() {
        http.get().uri("/centres?region=UA-99").exchange().expectStatus().isNotFound();
        http.get().uri("/centres.json?region=XX").exchange().expectStatus().isNotFound();
    }

    private static Map<String, String> centre(String code, String name, String region, String city) {
        return Map.of("code", code, "name", name, "region", region, "city", city);
    }

    private String page(String uri, Object... values) {
        return body(http.get().uri(uri, values).exchange().expectStatus().isOk());
    }

    /** The page, with the '=' that the template escapes in links (as {@code &#x3D;}) read back. */
    private static String body(RestTestClient.ResponseSpec answer) {
        return answer.returnResult(String.class).getResponseBody().replace("&#x3D;", "=");
    }
}
