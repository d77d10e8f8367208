package ua.vidguk.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.vidguk.visit.VisitIntakeIntegrationTests.detail;
import static ua.vidguk.visit.VisitIntakeIntegrationTests.fields;
import static ua.vidguk.visit.VisitIntakeIntegrationTests.items;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.Centres;
import ua.vidguk.VidgukIntegrationTest;

/**
 * The administrator who served a visit, an optional field of the JSON intake and column of the CSV
 * import: stored with the visit, a bad one rejected with its reason (never its value) while the
 * good rows land, and never written to the log.
 */
@VidgukIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class VisitAdministratorIntegrationTests {

    static final String YESTERDAY = Instant.now().minus(1, ChronoUnit.DAYS).toString();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    RestTestClient api;

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/api/v1")
                .defaultHeader("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .build();
        Centres.register(port, "VAD-1", "UA-51", "Одеса");
    }

    @Test
    void aVisitNamesItsAdministratorOrNobodyAndABadNameIsRejectedWithItsReason(CapturedOutput log) {
        var report = post(List.of(
                visit("VA-1", "0671737001", "  Мирослава   Ткачук "),
                visit("VA-2", "0671737002", null),
                visit("VA-3", "0671737003", "Мирослава\nТкачук"),
                visit("VA-4", "0671737004", "Я".repeat(65)),
                visit("VA-5", "0671737005", "Я".repeat(64))));

        assertThat(items(report))
                .extracting(item -> item.get("status"))
                .containsExactly("ACCEPTED", "ACCEPTED", "REJECTED", "REJECTED", "ACCEPTED");
        assertThat(fields(items(report).get(2))).containsExactly("administrator");
        assertThat(detail(items(report).get(2))).contains("cannot be printed").doesNotContain("Мирослава");
        assertThat(detail(items(report).get(3))).contains("administrator is longer than 64 characters");
        assertThat(stored("VA-1")).containsEntry("administrator", "Мирослава Ткачук");
        assertThat(stored("VA-2")).doesNotContainKey("administrator");
        assertThat(stored("VA-3")).isNull();
        assertThat(log.getAll()).doesNotContain("Мирослава", "Ткачук");
    }

    @Test
    void theSameVisitReportedAgainWithAnotherAdministratorIsRejectedAndKeepsTheFirst() {
        post(List.of(visit("VA-6", "0671737006", "op-3")));

        var again = post(List.of(visit("VA-6", "0671737006", "op-4")));

        assertThat(detail(items(again).getFirst())).contains("reported before for a different visit");
        assertThat(stored("VA-6")).containsEntry("administrator", "op-3");
    }

    @Test
    void theCsvImportTakesAnOptionalAdministratorColumnAndNamesABadOneByRow() {
        String csv = "externalId,cnapCode,phone,visitedAt,administrator\n"
                + "VC-1,VAD-1,0671737011," + YESTERDAY + ",Оксана К.\n"
                + "VC-2,VAD-1,0671737012," + YESTERDAY + ",\n"
                + "VC-3,VAD-1,0671737013," + YESTERDAY + ",\"Оксана\u0007К.\"\n"
                + "VC-4,VAD-1,0671737014," + YESTERDAY + "," + "x".repeat(70) + "\n";

        var report = api.post()
                .uri("/visits/import")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(csv)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();

        assertThat(report).containsEntry("accepted", 2).containsEntry("rejected", 2);
        assertThat(items(report)).extracting(item -> item.get("row")).containsExactly(4, 5);
        assertThat(fields(items(report).get(0))).containsExactly("administrator");
        assertThat(fields(items(report).get(1))).containsExactly("administrator");
        assertThat(stored("VC-1")).containsEntry("administrator", "Оксана К.");
        assertThat(stored("VC-2")).doesNotContainKey("administrator");
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

    static Map<String, String> visit(String id, String phone, String administrator) {
        var visit = new HashMap<String, String>(
                Map.of("externalId", id, "cnapCode", "VAD-1", "phone", phone, "visitedAt", YESTERDAY));
        if (administrator != null) {
            visit.put("administrator", administrator);
        }
        return visit;
    }
}
