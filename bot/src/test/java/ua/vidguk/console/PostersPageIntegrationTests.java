package ua.vidguk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.Centres;
import ua.vidguk.ConsoleSession;
import ua.vidguk.Invites;
import ua.vidguk.VidgukIntegrationTest;

/**
 * The console's posters page lists the caller's centres and hands out their files to the session:
 * a centre's head its centre's and no other's, a region its region's ZIP and no other region's.
 * Centres of their own (CPS-…) in Poltava (UA-53) and Kirovohrad (UA-35) oblasts.
 */
@VidgukIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostersPageIntegrationTests {

    static final String REGION = "UA-53";
    static final String OTHER_REGION = "UA-35";
    static final String PASSWORD = "posters test password";
    static final String CENTRE_FILES = "/console/posters/centres/";

    @LocalServerPort
    int port;

    @BeforeAll
    void centres() {
        Centres.register(port, "CPS-A1", REGION, "Полтава");
        Centres.register(port, "CPS-A2", REGION, "Кременчук");
        Centres.register(port, "CPS-B1", OTHER_REGION, "Кропивницький");
    }

    @Test
    void anUnauthenticatedBrowserIsSentToSignIn() throws Exception {
        var anonymous = new ConsoleSession(port);

        for (String path : List.of(
                "/console/posters",
                CENTRE_FILES + "CPS-A1/poster.pdf",
                "/console/posters/regions/" + REGION + "/posters.zip")) {
            var answer = anonymous.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in"));
        }
    }

    @Test
    void aCentresHeadSeesAndDownloadsOnlyItsCentresPoster() throws Exception {
        var head = signedIn("posters.head@example.ua", "viewer", "cnaps:CPS-A1");

        String page = head.get("/console/posters").body();
        assertThat(listed(page)).containsExactly("CPS-A1");
        assertThat(page)
                .contains("href=\"" + CENTRE_FILES + "CPS-A1/poster.pdf\"")
                .contains("src=\"" + CENTRE_FILES + "CPS-A1/qr.svg?size&#x3D;128\"")
                .doesNotContain("CPS-A2", "id=\"region-zip\"");

        HttpResponse<byte[]> pdf = head.download(CENTRE_FILES + "CPS-A1/poster.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(head.download(CENTRE_FILES + "CPS-A1/qr.png?size=256").statusCode())
                .isEqualTo(200);
        assertThat(head.get(CENTRE_FILES + "CPS-A1/qr.svg").body()).startsWith("<svg");
        assertThat(head.get(CENTRE_FILES + "CPS-A1/qr.png?size=5").statusCode())
                .as("the API's bounds on a QR code's size")
                .isEqualTo(400);
        for (String file : List.of("poster.pdf", "qr.png", "qr.svg")) {
            assertThat(head.get(CENTRE_FILES + "CPS-A2/" + file).statusCode())
                    .as(file)
                    .isEqualTo(404);
            assertThat(head.get(CENTRE_FILES + "CPS-NONE/" + file).statusCode())
                    .as(file)
                    .isEqualTo(404);
        }
        assertThat(head.get("/console/posters/regions/" + REGION + "/posters.zip")
                        .statusCode())
                .isEqualTo(404);
        assertThat(head.get("/console/posters?region=" + REGION).statusCode()).isEqualTo(404);
    }

    @Test
    void aRegionGetsItsRegionsCentresByCityAndItsZipButNoOtherRegions() throws Exception {
        var region = signedIn("posters.region@example.ua", "viewer", "region:" + REGION);

        String page = region.get("/console/posters").body();
        assertThat(listed(page)).contains("CPS-A1", "CPS-A2").doesNotContain("CPS-B1");
        // Cities in Ukrainian alphabetical order: Кременчук before Полтава.
        assertThat(page.indexOf("<h3>Кременчук</h3>")).isPositive().isLessThan(page.indexOf("<h3>Полтава</h3>"));
        assertThat(page).contains("id=\"region-zip\" href=\"/console/posters/regions/" + REGION + "/posters.zip\"");

        HttpResponse<byte[]> zip = region.download("/console/posters/regions/" + REGION + "/posters.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(entries(zip.body())).contains("CPS-A1.pdf", "CPS-A2.pdf").doesNotContain("CPS-B1.pdf");

        assertThat(region.get("/console/posters/regions/" + OTHER_REGION + "/posters.zip")
                        .statusCode())
                .isEqualTo(404);
        assertThat(region.get(CENTRE_FILES + "CPS-B1/poster.pdf").statusCode()).isEqualTo(404);
        assertThat(region.get("/console/posters?region=" + OTHER_REGION).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theCountryPicksARegionFirst() throws Exception {
        var admin = new ConsoleSession(port);
        admin.signIn(VidgukIntegrationTest.ADMIN_TOKEN);

        String start = admin.get("/console/posters").body();
        assertThat(start).contains("<select id=\"region\" name=\"region\">", "<option value=\"" + OTHER_REGION + "\"");
        assertThat(listed(start)).isEmpty();
        String other = admin.get("/console/posters?region=" + OTHER_REGION).body();
        assertThat(listed(other)).contains("CPS-B1").doesNotContain("CPS-A1");
        assertThat(admin.get("/console/posters?region=UA-99").statusCode()).isEqualTo(404);
    }

    @Test
    void aReporterHasNoPostersPageInTheConsole() throws Exception {
        var reporter = signedIn("posters.reporter@example.ua", "reporter", "cnaps:CPS-A1");

        assertThat(reporter.get("/console/posters").statusCode()).isEqualTo(403);
        assertThat(reporter.get(CENTRE_FILES + "CPS-A1/poster.pdf").statusCode())
                .isEqualTo(403);
    }

    private ConsoleSession signedIn(String email, String role, String scope) throws Exception {
        var admin = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .build();
        String link = Invites.invite(admin, email, "Тест", role, scope);
        var browser = new ConsoleSession(port);
        HttpResponse<String> set =
                browser.post(link, browser.csrf(link), Map.of("password", PASSWORD, "repeated", PASSWORD));
        assertThat(set.statusCode()).isEqualTo(303);
        browser.signIn(email, PASSWORD);
        return browser;
    }

    /** The centres the page offers posters of, in its order. */
    private static List<String> listed(String page) {
        List<String> codes = new ArrayList<>();
        var matcher =
                java.util.regex.Pattern.compile("<li data-code=\"([^\"]+)\">").matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
