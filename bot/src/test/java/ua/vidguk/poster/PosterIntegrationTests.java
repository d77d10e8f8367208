package ua.vidguk.poster;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import ua.vidguk.AccessKeysForTests;
import ua.vidguk.VidgukIntegrationTest;

/**
 * A centre's QR code decodes back to its web survey's address, its poster prints its Cyrillic name
 * in an embedded font, a region's ZIP holds that region's posters only, and nobody outside the
 * scope gets any. Centres of their own (PST-…) in Zakarpattia (UA-21) and Zhytomyr (UA-18).
 */
@VidgukIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PosterIntegrationTests {

    static final String REGION = "UA-21";
    static final String OTHER_REGION = "UA-18";
    static final String NAME = "ЦНАП «Прозорий офіс» Ужгородської міської ради 🏛";
    static final String ADMIN = VidgukIntegrationTest.ADMIN_TOKEN;

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
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(
                        centre("PST-A1", NAME, REGION, "Ужгород"),
                        centre("PST-A2", "ЦНАП Мукачівської міської ради", REGION, "Мукачево"),
                        centre("PST-B1", "ЦНАП Житомирської міської ради", OTHER_REGION, "Житомир")))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void thePngDecodesBackToTheCentresSurveyAddress() throws Exception {
        byte[] png = get("/api/v1/cnaps/PST-A1/qr.png?size=300", ADMIN, MediaType.IMAGE_PNG);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(decode(image)).isEqualTo(surveyAddress("PST-A1"));
    }

    @Test
    void theSvgDrawsTheSameCodeAsVectorModules() throws Exception {
        String svg = new String(get("/api/v1/cnaps/PST-A2/qr.svg", ADMIN, MediaType.valueOf("image/svg+xml")));

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"512\"");
        assertThat(decode(rasterise(svg))).isEqualTo(surveyAddress("PST-A2"));
    }

    @Test
    void thePosterPrintsTheCentresCyrillicNameTheAddressAndTheCodeInAnEmbeddedFont() throws IOException {
        byte[] pdf = get("/api/v1/cnaps/PST-A1/poster.pdf", ADMIN, MediaType.APPLICATION_PDF);

        try (PDDocument poster = Loader.loadPDF(pdf)) {
            assertThat(poster.getNumberOfPages()).isOne();
            assertThat(poster.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within());
            String text = new PDFTextStripper().getText(poster).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("ЦНАП «Прозорий офіс» Ужгородської міської ради", PosterPdf.TITLE)
                    .contains("Скануйте код камерою телефона")
                    .contains(surveyAddress("PST-A1"), "Код центру: PST-A1");
            for (var name : poster.getPage(0).getResources().getFontNames()) {
                PDFont font = poster.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            }
        }
    }

    @Test
    void theRegionsZipHoldsOnePosterPerCentreOfTheRegionAndNoOtherRegions() throws IOException {
        byte[] zip = get("/api/v1/regions/" + REGION + "/posters.zip", ADMIN, MediaType.valueOf("application/zip"));

        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet())
                .isEqualTo(codesOf(REGION).stream()
                        .map(code -> code + ".pdf")
                        .collect(java.util.stream.Collectors.toSet()));
        assertThat(entries).containsKeys("PST-A1.pdf", "PST-A2.pdf").doesNotContainKey("PST-B1.pdf");
        try (PDDocument poster = Loader.loadPDF(entries.get("PST-A2.pdf"))) {
            assertThat(new PDFTextStripper().getText(poster)).contains("ЦНАП Мукачівської міської ради");
        }
    }

    @Test
    void aCentresOwnKeyGetsItsPosterEvenAsAReporterAndAnotherCentresKeyGetsNotFound() {
        String own = AccessKeysForTests.issue(port, "reporter", "cnaps:PST-A1");
        String other = AccessKeysForTests.issue(port, "viewer", "cnaps:PST-A2");

        assertThat(status("/api/v1/cnaps/PST-A1/poster.pdf", own)).isEqualTo(200);
        assertThat(status("/api/v1/cnaps/PST-A1/qr.png", own)).isEqualTo(200);
        for (String file : List.of("qr.svg", "qr.png", "poster.pdf")) {
            assertThat(status("/api/v1/cnaps/PST-A1/" + file, other)).as(file).isEqualTo(404);
            assertThat(status("/api/v1/cnaps/PST-NONE/" + file, ADMIN)).as(file).isEqualTo(404);
            assertThat(status("/api/v1/cnaps/PST-A1/" + file, null)).as(file).isEqualTo(401);
        }
    }

    @Test
    void aRegionsZipIsForItsRegionOrTheCountryOnly() {
        String region = AccessKeysForTests.issue(port, "viewer", "region:" + REGION);
        String otherRegion = AccessKeysForTests.issue(port, "coordinator", "region:" + OTHER_REGION);
        String centre = AccessKeysForTests.issue(port, "coordinator", "cnaps:PST-A1,PST-A2");
        String zip = "/api/v1/regions/" + REGION + "/posters.zip";

        assertThat(status(zip, region)).isEqualTo(200);
        assertThat(status(zip, otherRegion)).isEqualTo(404);
        assertThat(status(zip, centre)).isEqualTo(404);
        assertThat(status(zip, null)).isEqualTo(401);
        assertThat(status("/api/v1/regions/UA-99/posters.zip", ADMIN)).isEqualTo(404);
        // The other region's key reads its own centres' codes, not this region's.
        assertThat(status("/api/v1/cnaps/PST-A1/qr.svg", otherRegion)).isEqualTo(404);
        assertThat(status("/api/v1/cnaps/PST-B1/qr.svg", otherRegion)).isEqualTo(200);
    }

    @Test
    void aSizeOutsideTheBoundsIsRefused() {
        assertThat(status("/api/v1/cnaps/PST-A1/qr.png?size=" + (QrCode.MIN_SIZE - 1), ADMIN))
                .isEqualTo(400);
        assertThat(status("/api/v1/cnaps/PST-A1/qr.svg?size=" + (QrCode.MAX_SIZE + 1), ADMIN))
                .isEqualTo(400);
    }

    private static Map<String, String> centre(String code, String name, String region, String city) {
        return Map.of("code", code, "name", name, "region", region, "city", city);
    }

    private String surveyAddress(String code) {
        return "http://localhost:" + port + "/c/" + code;
    }

    private byte[] get(String path, String bearer, MediaType type) {
        return http.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(type)
                .returnResult(byte[].class)
                .getResponseBody();
    }

    private int status(String path, String bearer) {
        var request = http.get().uri(path);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
        }
        return request.exchange().returnResult(byte[].class).getStatus().value();
    }

    private Set<String> codesOf(String region) {
        JsonNode page = http.get()
                .uri("/api/v1/cnaps?size=500&region=" + region)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(JsonNode.class)
                .getResponseBody();
        Set<String> codes = new TreeSet<>();
        page.path("items").forEach(item -> codes.add(item.path("code").asString()));
        return codes;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String decode(BufferedImage image) throws NotFoundException, ChecksumException, FormatException {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    /** Draws the SVG's modules (its path's {@code M x,y h n} runs) at 8 pixels a module. */
    private static BufferedImage rasterise(String svg) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int modules = Integer.parseInt(box.group(1));
        int scale = 8;
        var image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        Matcher run = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-\\3z").matcher(svg);
        int runs = 0;
        while (run.find()) {
            graphics.fillRect(
                    Integer.parseInt(run.group(1)) * scale,
                    Integer.parseInt(run.group(2)) * scale,
                    Integer.parseInt(run.group(3)) * scale,
                    scale);
            runs++;
        }
        graphics.dispose();
        assertThat(runs).isPositive();
        return image;
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(0.5f);
    }
}
