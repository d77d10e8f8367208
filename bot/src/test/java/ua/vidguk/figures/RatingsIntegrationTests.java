package ua.vidguk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;

/** Ratings rank only entities with enough responses, and show only what the caller's scope covers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingsIntegrationTests extends FiguresTest {

    static final Instant MAY = Instant.parse("2022-05-15T09:00:00Z");
    static final Instant JUNE = Instant.parse("2022-06-15T09:00:00Z");
    static final String JUNE_2022 = "from=2022-06-01&to=2022-06-30";
    static final String ADMIN = VidgukIntegrationTest.ADMIN_TOKEN;

    int sessions;

    @BeforeAll
    void answers() {
        connect();
        centre("RT-1", "UA-12", "Дніпро");
        centre("RT-2", "UA-12", "Дніпро");
        centre("RT-3", "UA-12", "Кривий Ріг");
        centre("RT-4", "UA-14", "Краматорськ");
        rate("RT-1", MAY, 30, 0);
        rate("RT-2", MAY, 20, 10);
        rate("RT-1", JUNE, 27, 3);
        rate("RT-2", JUNE, 30, 0);
        rate("RT-3", JUNE, 10, 0); // too few to rank
        rate("RT-4", JUNE, 15, 15);
    }

    /** Completed surveys rated 5 (satisfied) or 1. */
    void rate(String cnap, Instant at, int satisfied, int not) {
        for (int i = 0; i < satisfied + not; i++) {
            boolean good = i < satisfied;
            events.publishEvent(
                    completed("rt-" + sessions++, cnap, Channel.SMS, answers("overall", good ? "5" : "1"), !good, at));
        }
    }

    @Test
    void centresWithEnoughResponsesAreRankedWithTheirChangeAndTheOthersShownUnranked() {
        JsonNode page = ratings(ADMIN, "level=centre&region=UA-12&" + JUNE_2022);

        assertThat(page.path("minSample").asInt()).isEqualTo(30);
        assertThat(page.path("previousFrom").asString()).isEqualTo("2022-05-01");
        assertThat(page.path("ranked").asInt()).isEqualTo(2);
        assertThat(ids(page)).containsExactly("RT-2", "RT-1", "RT-3");
        JsonNode first = page.path("entities").get(0);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("satisfaction").asDouble()).isEqualTo(1.0);
        assertThat(first.path("previous").path("rank").asInt()).isEqualTo(2);
        assertThat(first.path("rankChange").asInt()).isEqualTo(1);
        JsonNode second = page.path("entities").get(1);
        assertThat(second.path("satisfaction").asDouble()).isEqualTo(0.9);
        assertThat(second.path("rankChange").asInt()).isEqualTo(-1);
        JsonNode few = page.path("entities").get(2);
        assertThat(few.path("responses").asInt()).isEqualTo(10);
        assertThat(few.path("satisfaction").asDouble()).isEqualTo(1.0);
        assertThat(few.path("ranked").asBoolean()).isFalse();
    }

    @Test
    void citiesRegionsAndTheCountryAreSummedFromTheirCentres() {
        JsonNode cities = ratings(ADMIN, "level=city&region=UA-12&" + JUNE_2022);
        assertThat(ids(cities)).containsExactly("UA-12/Дніпро", "UA-12/Кривий Ріг");
        assertThat(cities.path("entities").get(0).path("responses").asInt()).isEqualTo(60);
        assertThat(cities.path("entities").get(0).path("satisfaction").asDouble())
                .isEqualTo(0.95);

        JsonNode regions = ratings(ADMIN, "level=region&" + JUNE_2022);
        assertThat(ids(regions)).containsExactly("UA-12", "UA-14");
        assertThat(regions.path("entities").get(0).path("responses").asInt()).isEqualTo(70);

        JsonNode country = ratings(ADMIN, "level=country&" + JUNE_2022);
        assertThat(country.path("entities").get(0).path("responses").asInt()).isEqualTo(100);
    }

    @Test
    void aCentreKeySeesOnlyItsCentreWithItsPlaceAmongPeers() {
        String key = issueKey("viewer", "cnaps:RT-1");

        JsonNode national = ratings(key, "level=centre&" + JUNE_2022);
        assertThat(ids(national)).containsExactly("RT-1");
        assertThat(national.path("entities").get(0).path("rank").asInt()).isEqualTo(2);
        assertThat(ids(ratings(key, "level=centre&region=UA-14&" + JUNE_2022))).isEmpty();
        assertThat(ids(ratings(key, "level=region&" + JUNE_2022))).isEmpty();
        assertThat(ids(ratings(key, "level=country&" + JUNE_2022))).isEmpty();
    }

    @Test
    void aRegionKeySeesOnlyItsRegionAndAnotherRegionIsEmpty() {
        String key = issueKey("viewer", "region:UA-12");

        assertThat(ids(ratings(key, "level=centre&" + JUNE_2022))).containsExactly("RT-2", "RT-1", "RT-3");
        assertThat(ids(ratings(key, "level=centre&region=UA-14&" + JUNE_2022))).isEmpty();
        assertThat(ids(ratings(key, "level=region&" + JUNE_2022))).containsExactly("UA-12");
        assertThat(ids(ratings(key, "level=city&" + JUNE_2022))).containsExactly("UA-12/Дніпро", "UA-12/Кривий Ріг");
        assertThat(ids(ratings(key, "level=country&" + JUNE_2022))).isEmpty();
    }

    @Test
    void aReporterKeyMayNotReadRatingsAndABadLevelIsRefused() {
        String reporter = issueKey("reporter", "cnaps:RT-1");
        http.get()
                .uri("/api/v1/ratings")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter)
                .exchange()
                .expectStatus()
                .isForbidden();
        http.get()
                .uri("/api/v1/ratings?level=planet")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN)
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("entities").forEach(entity -> ids.add(entity.path("id").asString()));
        return ids;
    }
}
