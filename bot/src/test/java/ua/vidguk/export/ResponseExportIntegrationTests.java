package ua.vidguk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import ua.vidguk.AccessKeysForTests;
import ua.vidguk.Centres;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.sandbox.SimulatedChannel;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Inviter;

/**
 * The responses export: surveys answered for real over the SMS sandbox, then read back as JSON
 * pages and CSV with keys of every scope.
 */
@VidgukIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseExportIntegrationTests {

    static final String VOLYN = "UA-07";
    static final String KHERSON = "UA-65";
    // Digits that appear nowhere else in a response (no time, id or answer holds them).
    static final List<String> VISITORS = List.of("+380679870011", "+380679870022", "+380679870033", "+380679870044");
    static final String COMMENT = "=HYPERLINK(\"http://x\") черга, але ввічливо";

    @LocalServerPort
    int port;

    @Autowired
    Inviter inviter;

    @Autowired
    List<SimulatedChannel> simulated;

    @Autowired
    MongoTemplate mongo;

    RestTestClient http;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @BeforeAll
    void answerFourSurveys() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        Centres.register(port, "EXP-1", VOLYN, "Луцьк");
        Centres.register(port, "EXP-2", VOLYN, "Ковель");
        Centres.register(port, "EXP-3", KHERSON, "Херсон");
        // A satisfied visitor with a comment a spreadsheet would run as a formula,
        survey(VISITORS.get(0), "EXP-1", "5", "1", "4", "5", "5", "3", COMMENT);
        // an unhappy one (problem and callback asked),
        survey(VISITORS.get(1), "EXP-1", "1", "2", "1", "2", "2", "2", "1", "0", "1");
        // one at another centre of the region who skips the comment,
        survey(VISITORS.get(2), "EXP-2", "4", "1", "4", "4", "4", "4", "0");
        // and one in another region.
        survey(VISITORS.get(3), "EXP-3", "5", "1", "5", "5", "5", "5", "0");
        assertThat(mongo.getCollection("responses")
                        .countDocuments(new org.bson.Document("cnapCode", new org.bson.Document("$regex", "^EXP-"))))
                .isEqualTo(4);
    }

    @Test
    void theAdminSeesEveryResponseAndFiltersNarrowIt() {
        assertThat(cnapCodes(page(admin(), "cnapCode=EXP-1"))).containsExactly("EXP-1", "EXP-1");
        assertThat(cnapCodes(page(admin(), "region=" + VOLYN + "&cnapCode=EXP-2")))
                .containsExactly("EXP-2");
        assertThat(cnapCodes(page(admin(), "region=" + KHERSON)))
                .contains("EXP-3")
                .doesNotContain("EXP-1", "EXP-2");
        assertThat(cnapCodes(page(admin(), "cnapCode=EXP-1&channel=sms&survey=cnap-visit")))
                .hasSize(2);
        assertThat(cnapCodes(page(admin(), "cnapCode=EXP-1&channel=telegram"))).isEmpty();
        assertThat(cnapCodes(page(admin(), "cnapCode=EXP-1&survey=another"))).isEmpty();

        String today = LocalDate.now(ZoneId.of("Europe/Kyiv")).toString();
        String yesterday = LocalDate.now(ZoneId.of("Europe/Kyiv")).minusDays(1).toString();
        assertThat(cnapCodes(page(admin(), "cnapCode=EXP-1&from=" + today + "&to=" + today)))
                .hasSize(2);
        assertThat(cnapCodes(page(admin(), "cnapCode=EXP-1&to=" + yesterday))).isEmpty();
        assertThat(cnapCodes(page(
                        admin(), "cnapCode=EXP-1&from=" + LocalDate.parse(today).plusDays(1))))
                .isEmpty();
    }

    @Test
    void aResponseCarriesItsAnswersAndOutcomeButNoContact() {
        JsonNode items = page(admin(), "cnapCode=EXP-1").path("items");
        JsonNode unhappy = null;
        for (JsonNode item : items) {
            if (item.path("negative").asBoolean()) {
                unhappy = item;
            }
        }
        assertThat(unhappy).isNotNull();
        assertThat(unhappy.path("outcome").asString()).isEqualTo("completed");
        assertThat(unhappy.path("channel").asString()).isEqualTo("sms");
        assertThat(unhappy.path("source").asString())
                .as("an invitation's survey")
                .isEqualTo("invitation");
        assertThat(unhappy.path("region").asString()).isEqualTo(VOLYN);
        assertThat(unhappy.path("answers").path("overall").asString()).isEqualTo("1");
        assertThat(unhappy.path("answers").path("received").asString()).isEqualTo("no");
        assertThat(unhappy.path("answers").path("problem").asString()).isEqualTo("waiting");
        assertThat(unhappy.path("answers").path("comment").asString()).isEmpty();
        assertThat(unhappy.path("answers").path("callback").asString()).isEqualTo("yes");
        assertThat(unhappy.path("endedAt").asString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*\\+0[23]:00");
        assertThat(unhappy.has("contact")).isFalse();
    }

    @Test
    void noPhoneNumberAppearsInTheJsonOrTheCsv() {
        String everything = http.get()
                .uri("/api/v1/responses?limit=1000")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
        String csv = csv(VidgukIntegrationTest.ADMIN_TOKEN, "");
        assertThat(everything).contains("EXP-1");
        assertThat(csv).contains("EXP-1");
        for (String visitor : VISITORS) {
            String local = visitor.substring(4); // 679870011, however a number is written
            assertThat(everything).doesNotContain(local);
            assertThat(csv).doesNotContain(local);
        }
        assertThat(csv).doesNotContain("tel:");
        assertThat(everything).doesNotContain("tel:");
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerResponseWithOneColumnPerQuestion() {
        byte[] raw = http.get()
                .uri("/api/v1/responses?cnapCode=EXP-1&survey=cnap-visit")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("text/csv;charset=UTF-8")
                .returnResult(byte[].class)
                .getResponseBody();
        // A byte order mark first, so that Excel reads UTF-8.
        assertThat(raw).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(raw, StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.getFirst())
                .isEqualTo("id,survey,cnapCode,region,channel,source,outcome,negative,startedAt,endedAt,"
                        + "overall,received,waiting,friendliness,competence,premises,problem,comment,callback");
        assertThat(lines).hasSize(3);
        String happy = lines.stream()
                .filter(line -> line.contains("HYPERLINK"))
                .findFirst()
                .orElseThrow();
        assertThat(happy)
                .matches("[A-Za-z0-9]{10},cnap-visit,EXP-1,UA-07,sms,invitation,completed,false,"
                        + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[23]:00,"
                        + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[23]:00,"
                        + "5,yes,4,5,5,3,,\".*\",$");
        // The comment is there, but a spreadsheet shows it as text rather than running it.
        assertThat(happy).contains("\"'=HYPERLINK(\"\"http://x\"\") черга, але ввічливо\"");
    }

    @Test
    void jsonIsTheDefaultAndFormatCsvGivesTheCsvWhateverTheAcceptHeaderSays() {
        http.get()
                .uri("/api/v1/responses?cnapCode=EXP-2")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .header(HttpHeaders.ACCEPT, "*/*")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_JSON);
        String csv = csv(VidgukIntegrationTest.ADMIN_TOKEN, "format=csv&cnapCode=EXP-2");
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).contains(",EXP-2,UA-07,sms,invitation,completed,false,");
    }

    @Test
    void aCentreKeySeesItsCentreARegionKeyItsRegionAndFiltersOutsideGiveNothing() {
        String centre = AccessKeysForTests.issue(port, "viewer", "cnaps:EXP-2");
        assertThat(cnapCodes(page(centre, ""))).containsOnly("EXP-2").hasSize(1);
        assertThat(cnapCodes(page(centre, "cnapCode=EXP-1"))).isEmpty();
        assertThat(cnapCodes(page(centre, "region=" + KHERSON))).isEmpty();
        assertThat(csv(centre, "format=csv").lines().toList()).hasSize(2);
        assertThat(csv(centre, "format=csv&cnapCode=EXP-3").lines().toList()).hasSize(1);

        String region = AccessKeysForTests.issue(port, "coordinator", "region:" + VOLYN);
        JsonNode regional = page(region, "limit=1000");
        assertThat(cnapCodes(regional)).contains("EXP-1", "EXP-2").doesNotContain("EXP-3");
        regional.path("items")
                .forEach(item -> assertThat(item.path("region").asString()).isEqualTo(VOLYN));
        assertThat(cnapCodes(page(region, "cnapCode=EXP-3"))).isEmpty();
        assertThat(cnapCodes(page(region, "region=" + KHERSON))).isEmpty();
        assertThat(csv(region, "format=csv&cnapCode=EXP-3").lines().toList()).hasSize(1);

        String national = AccessKeysForTests.issue(port, "viewer", "national");
        assertThat(cnapCodes(page(national, "limit=1000"))).contains("EXP-1", "EXP-2", "EXP-3");
    }

    @Test
    void aReporterKeyGets403() {
        String reporter = AccessKeysForTests.issue(port, "reporter", "national");
        http.get()
                .uri("/api/v1/responses")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter)
                .exchange()
                .expectStatus()
                .isForbidden();
        http.get()
                .uri("/api/v1/responses?format=csv")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter)
                .exchange()
                .expectStatus()
                .isForbidden();
        http.get().uri("/api/v1/responses").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void pagingWithTheCursorListsEveryResponseExactlyOnce() {
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonNode page = page(admin(), "limit=2" + (after == null ? "" : "&after=" + after));
            page.path("items").forEach(item -> seen.add(item.path("id").asString()));
            after = page.path("next").isNull() || page.path("next").isMissingNode()
                    ? null
                    : page.path("next").asString();
            pages++;
        } while (after != null && pages < 1_000);

        Set<String> distinct = new HashSet<>(seen);
        assertThat(distinct).hasSameSizeAs(seen);
        assertThat(seen).hasSize((int) mongo.getCollection("responses").countDocuments());
        assertThat(seen).isSorted();
    }

    @Test
    void aWrongFilterIsABadRequest() {
        for (String wrong : List.of(
                "region=UA-99",
                "channel=fax",
                "from=2026-02-01&to=2026-01-01",
                "limit=0",
                "limit=1001",
                "from=yesterday")) {
            http.get()
                    .uri("/api/v1/responses?" + wrong)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                    .exchange()
                    .expectStatus()
                    .isBadRequest();
        }
    }

    private void survey(String phone, String centre, String... replies) {
        SimulatedChannel sms = simulated.stream()
                .filter(channel -> channel.channel() == Channel.SMS)
                .findFirst()
                .orElseThrow();
        var number = PhoneNumber.parseMobile(phone);
        inviter.invite(number, centre);
        for (String reply : replies) {
            sms.write(sms.addressOf(number), reply);
        }
    }

    private static String admin() {
        return VidgukIntegrationTest.ADMIN_TOKEN;
    }

    private JsonNode page(String bearer, String query) {
        String body = http.get()
                .uri("/api/v1/responses?" + query)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_JSON)
                .returnResult(String.class)
                .getResponseBody();
        return json.readTree(body);
    }

    private String csv(String bearer, String query) {
        byte[] raw = http.get()
                .uri("/api/v1/responses?" + query)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .header(HttpHeaders.ACCEPT, query.contains("format=csv") ? "application/json" : "text/csv")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(byte[].class)
                .getResponseBody();
        return new String(raw, StandardCharsets.UTF_8).substring(1);
    }

    private static List<String> cnapCodes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("items").forEach(item -> codes.add(item.path("cnapCode").asString()));
        return codes;
    }
}
