package ua.vidguk.cnap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukIntegrationTest;

@VidgukIntegrationTest
class CnapRegistryIntegrationTests {

    @LocalServerPort
    int port;

    RestTestClient api;

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/api/v1")
                .defaultHeader("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .build();
    }

    @Test
    void upsertCreatesThenReportsTheSameBatchAsUnchangedThenUpdatesWhatChanged() {
        var batch = List.of(
                centre("UPS-1", "ЦНАП Полтава", "UA-53", "Полтава"), centre("UPS-2", "ЦНАП Лубни", "UA-53", "Лубни"));

        assertThat(statuses(upsert(batch))).containsExactly("CREATED", "CREATED");
        assertThat(statuses(upsert(batch))).containsExactly("UNCHANGED", "UNCHANGED");
        assertThat(statuses(upsert(List.of(centre("UPS-1", "ЦНАП м. Полтава", "UA-53", "Полтава")))))
                .containsExactly("UPDATED");

        assertThat(list("?region=UA-53&city=Полтава").get("items"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(
                        Map.of("code", "UPS-1", "name", "ЦНАП м. Полтава", "region", "UA-53", "city", "Полтава"));
    }

    @Test
    void invalidItemsAreRejectedOneByOneWithReasonsWhileValidOnesLand() {
        var report = upsert(List.of(
                centre("VAL-1", "ЦНАП Ужгород", "UA-21", "Ужгород"),
                centre("VAL 2", "ЦНАП", "UA-21", "Мукачево"),
                centre("VAL-3", "ЦНАП Хуст", "UA-99", "Хуст"),
                centre("VAL-4", "", "UA-21", ""),
                centre("VAL-1", "ЦНАП Ужгород ще раз", "UA-21", "Ужгород")));

        assertThat(report)
                .containsEntry("received", 5)
                .containsEntry("accepted", 1)
                .containsEntry("rejected", 4);
        List<Map<String, Object>> items = items(report);
        assertThat(items.get(0)).containsEntry("status", "CREATED");
        assertThat(problem(items.get(1)))
                .containsEntry("status", 422)
                .containsEntry("type", "urn:vidguk:problem:invalid-item");
        assertThat(fields(items.get(1))).containsExactly("code");
        assertThat(fields(items.get(2))).containsExactly("region");
        assertThat((String) problem(items.get(2)).get("detail")).contains("UA-99");
        assertThat(fields(items.get(3))).containsExactlyInAnyOrder("name", "city");
        assertThat((String) problem(items.get(4)).get("detail")).contains("more than once");
        // Other tests register centres of UA-21 too (one database for all): only the VAL- ones count.
        List<?> inRegion = (List<?>) list("?region=UA-21&size=500").get("items");
        assertThat(inRegion.stream()
                        .map(item -> (String) ((Map<?, ?>) item).get("code"))
                        .filter(code -> code.startsWith("VAL")))
                .containsExactly("VAL-1");
    }

    @Test
    void listingFiltersByRegionAndCityCaseInsensitivelyAndPages() {
        // A region and cities no other test class uses: the application (and its database) is shared.
        upsert(List.of(
                centre("PG-1", "ЦНАП 1", "UA-77", "Хотин"),
                centre("PG-2", "ЦНАП 2", "UA-77", "Хотин"),
                centre("PG-3", "ЦНАП 3", "UA-77", "Новодністровськ"),
                centre("PG-4", "ЦНАП 4", "UA-56", "Рівне")));

        var firstPage = list("?region=UA-77&size=2&page=0");
        assertThat(firstPage).containsEntry("totalItems", 3).containsEntry("size", 2);
        assertThat(codes(firstPage)).containsExactly("PG-1", "PG-2");
        assertThat(codes(list("?region=UA-77&size=2&page=1"))).containsExactly("PG-3");
        assertThat(codes(list("?city=хотин"))).containsExactly("PG-1", "PG-2");
    }

    @Test
    void badListingParametersAndMalformedBodiesAreClientErrorsWithProblemDetails() {
        for (String query : List.of("?region=UA-99", "?size=0", "?size=501", "?page=-1", "?page=5000000&size=500")) {
            api.get()
                    .uri("/cnaps" + query)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        api.put()
                .uri("/cnaps")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"code\": \"not an array\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void regionsListHasTheTwentySevenIsoCodesWithUkrainianAndEnglishNames() {
        List<Map<String, Object>> regions = api.get()
                .uri("/regions")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(List.class)
                .getResponseBody();

        assertThat(regions).hasSize(27);
        assertThat(regions)
                .contains(Map.of(
                        "code", "UA-74",
                        "nameUk", "Чернігівська область",
                        "nameEn", "Chernihiv Oblast",
                        "centreUk", "Чернігів",
                        "centreEn", "Chernihiv"));
    }

    static Map<String, String> centre(String code, String name, String region, String city) {
        return Map.of("code", code, "name", name, "region", region, "city", city);
    }

    Map<String, Object> upsert(List<Map<String, String>> centres) {
        return api.put()
                .uri("/cnaps")
                .contentType(MediaType.APPLICATION_JSON)
                .body(centres)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.OK)
                .returnResult(Map.class)
                .getResponseBody();
    }

    Map<String, Object> list(String query) {
        return api.get()
                .uri("/cnaps" + query)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(Map.class)
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("items");
    }

    static List<String> statuses(Map<String, Object> report) {
        return items(report).stream().map(item -> (String) item.get("status")).toList();
    }

    static List<String> codes(Map<String, Object> page) {
        return items(page).stream().map(item -> (String) item.get("code")).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> problem(Map<String, Object> item) {
        return (Map<String, Object>) item.get("problem");
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(Map<String, Object> item) {
        return ((List<Map<String, String>>) problem(item).get("errors"))
                .stream().map(e -> e.get("field")).toList();
    }
}
