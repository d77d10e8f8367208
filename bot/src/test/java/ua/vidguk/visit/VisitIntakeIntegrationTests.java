package ua.vidguk.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukIntegrationTest;

@VidgukIntegrationTest
class VisitIntakeIntegrationTests {

    static final String YESTERDAY = Instant.now().minus(1, ChronoUnit.DAYS).toString();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    RestTestClient api;

    @BeforeEach
    void connectAndLoadCentres() {
        api = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/api/v1")
                .defaultHeader("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .build();
        api.put()
                .uri("/cnaps")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(
                        Map.of("code", "VIS-1", "name", "ЦНАП Житомир", "region", "UA-18", "city", "Житомир"),
                        Map.of("code", "VIS-2", "name", "ЦНАП Бердичів", "region", "UA-18", "city", "Бердичів")))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void eachVisitIsAcceptedOrRejectedWithItsReasonsAndTheGoodOnesLandWithE164Numbers() {
        var report = post(List.of(
                visit("J-1", "VIS-1", "067 123 45 12", "2026-11-20 14:30"),
                visit("J-2", "VIS-1", "+380 44 123 45 67", YESTERDAY),
                visit("J-3", "NOPE-9", "0671234513", YESTERDAY),
                visit(
                        "J-4",
                        "VIS-2",
                        "0671234514",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString()),
                visit("J-5", "VIS-2", "", "вчора"),
                visit("J-6", "VIS-2", "0501234516", "2026-11-20T12:00:00+02:00")));

        assertThat(report)
                .containsEntry("received", 6)
                .containsEntry("accepted", 2)
                .containsEntry("rejected", 4);
        var items = items(report);
        assertThat(items)
                .extracting(item -> item.get("status"))
                .containsExactly("ACCEPTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "ACCEPTED");
        assertThat(fields(items.get(1))).containsExactly("phone");
        assertThat(fields(items.get(2))).containsExactly("cnapCode");
        assertThat(detail(items.get(3))).contains("visitedAt is in the future");
        assertThat(fields(items.get(4))).containsExactly("phone", "visitedAt");
        assertThat(stored("J-1"))
                .containsEntry("phone", "+380671234512")
                .containsEntry("visitedAt", java.util.Date.from(Instant.parse("2026-11-20T12:30:00Z")));
        assertThat(stored("J-6"))
                .containsEntry("visitedAt", java.util.Date.from(Instant.parse("2026-11-20T10:00:00Z")));
        assertThat(stored("J-3")).isNull();
    }

    @Test
    void aNumberWithLettersIsRejectedWithItsReasonInsteadOfBeingReadAsKeypadDigits() {
        var report = post(List.of(visit("L-1", "VIS-1", "+38067ABC4567", YESTERDAY)));

        var item = items(report).getFirst();
        assertThat(item).containsEntry("status", "REJECTED");
        assertThat(fields(item)).containsExactly("phone");
        assertThat(detail(item)).contains("digits only");
        assertThat(((Map<?, ?>) item.get("problem")).get("status")).isEqualTo(422);
        assertThat(stored("L-1")).isNull();
    }

    @Test
    void theSameBatchSentTwiceChangesNothingAndAReusedIdForAnotherVisitIsRejected() {
        var batch =
                List.of(visit("D-1", "VIS-1", "0671234521", YESTERDAY), visit("D-2", "VIS-2", "0671234522", YESTERDAY));
        assertThat(post(batch)).containsEntry("accepted", 2);

        var again = post(batch);
        assertThat(again).containsEntry("accepted", 0).containsEntry("duplicates", 2);
        assertThat(items(again)).extracting(item -> item.get("status")).containsExactly("DUPLICATE", "DUPLICATE");

        var reused = post(List.of(visit("D-1", "VIS-1", "0671234599", YESTERDAY)));
        assertThat(detail(items(reused).getFirst())).contains("reported before for a different visit");
        assertThat(stored("D-1")).containsEntry("phone", "+380671234521");
    }

    @Test
    void aCsvImportOfAHundredThousandRowsLandsTheGoodRowsAndNamesTheBadOnesByRow() {
        int rows = 100_000;
        // Columns in the centre's order, with one Vidguk does not know: both are fine.
        InputStream csv =
                new SequenceInputStream(bytes("externalId,cnapCode,phone,visitedAt,service,note\n"), rows(rows));

        var report = api.post()
                .uri("/visits/import")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(new org.springframework.core.io.InputStreamResource(csv))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();

        assertThat(report)
                .containsEntry("received", rows)
                .containsEntry("rejected", 2)
                .containsEntry("accepted", rows - 2);
        assertThat(items(report)).extracting(item -> item.get("row")).containsExactly(1_002, 50_002);
        assertThat(detail(items(report).get(0))).contains("phone");
        assertThat(detail(items(report).get(1))).contains("cnapCode");
        assertThat(mongo.getCollection("visits").countDocuments(new Document("cnapCode", "VIS-2")))
                .isEqualTo(rows - 2);
    }

    @Test
    void aCsvWithoutARequiredColumnIsRefusedWholeAndAnUnreadableRowStopsTheImportAfterTheRowsBeforeIt() {
        api.post()
                .uri("/visits/import")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body("externalId,cnapCode,visitedAt\nX-1,VIS-1," + YESTERDAY + "\n")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.BAD_REQUEST);

        var report = api.post()
                .uri("/visits/import")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body("externalId,cnapCode,phone,visitedAt\nQ-1,VIS-1,0671234531," + YESTERDAY
                        + "\nQ-2,VIS-1,\"0671234532," + YESTERDAY + "\n")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();

        assertThat(report).containsEntry("accepted", 1).containsEntry("rejected", 1);
        assertThat(items(report).getFirst()).containsEntry("row", 3);
        assertThat(stored("Q-1")).isNotNull();
    }

    static InputStream rows(int count) {
        return new SequenceInputStream(Collections.enumeration(IntStream.range(0, count)
                .mapToObj(i -> bytes("C-" + i + ","
                        + (i == 50_000 ? "NOPE-1" : "VIS-2") + ","
                        + (i == 1_000 ? "12345" : "067" + (1_000_000 + i)) + ","
                        + "2026-11-20 10:15,Паспорт громадянина України,x\n"))
                .toList()));
    }

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    Map<String, Object> post(List<Map<String, String>> visits) {
        return api.post()
                .uri("/visits")
                .contentType(MediaType.APPLICATION_JSON)
                .body(visits)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    Document stored(String externalId) {
        return mongo.getCollection("visits")
                .find(new Document("_id", externalId))
                .first();
    }

    static Map<String, String> visit(String id, String centre, String phone, String visitedAt) {
        return Map.of("externalId", id, "cnapCode", centre, "phone", phone, "visitedAt", visitedAt);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("items");
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(Map<String, Object> item) {
        var errors = (List<Map<String, String>>) ((Map<String, Object>) item.get("problem")).get("errors");
        return errors.stream().map(error -> error.get("field")).toList();
    }

    @SuppressWarnings("unchecked")
    static String detail(Map<String, Object> item) {
        return (String) ((Map<String, Object>) item.get("problem")).get("detail");
    }
}
