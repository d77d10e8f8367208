package ua.vidguk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.Centres;
import ua.vidguk.ConsoleSession;
import ua.vidguk.Invites;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.event.SurveyCompleted;

/**
 * The console's ratings dashboard shows the caller's scope only: a centre's head its centre (with
 * its place), a region its region, the country everything, drilling down region → city → centre.
 * Centres of its own in Kherson (UA-65) and Rivne (UA-56) oblasts, answers in March 2018.
 */
@VidgukIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingsDashboardIntegrationTests {

    static final Instant MARCH = Instant.parse("2018-03-14T09:00:00Z");
    static final String MARCH_2018 = "/console/ratings?period=2018-03";
    static final String PASSWORD = "dashboard test password";
    static final Pattern ROW = Pattern.compile("<tr data-id=\"([^\"]+)\">");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    int sessions;

    @BeforeAll
    void answers() {
        Centres.register(port, "DSH-1", "UA-65", "Херсон");
        Centres.register(port, "DSH-2", "UA-65", "Херсон");
        Centres.register(port, "DSH-3", "UA-65", "Нова Каховка");
        Centres.register(port, "DSH-4", "UA-56", "Рівне");
        answer("DSH-1", 30, 5);
        answer("DSH-2", 40, 0);
        answer("DSH-3", 5, 0);
        answer("DSH-4", 35, 0);
    }

    void answer(String cnap, int satisfied, int not) {
        for (int i = 0; i < satisfied + not; i++) {
            boolean good = i < satisfied;
            events.publishEvent(new SurveyCompleted(
                    "dash-" + sessions++,
                    "cnap-visit",
                    cnap,
                    ContactAddress.tel(PhoneNumber.parseMobile("+380671234565")),
                    Channel.SMS,
                    Map.of("overall", good ? "5" : "1", "waiting", good ? "4" : "2"),
                    !good,
                    MARCH.minusSeconds(300),
                    MARCH));
        }
    }

    @Test
    void withoutSigningInTheDashboardSendsToTheSignInPage() throws Exception {
        var anonymous = new ConsoleSession(port).get(MARCH_2018);

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in"));
    }

    @Test
    void aCentresViewerSeesOnlyItsCentreWithItsPlaceAndNoOtherRegion() throws Exception {
        var head = signedIn("dash.head@example.ua", "cnaps:DSH-1");

        String page = head.get(MARCH_2018).body();
        assertThat(rows(page)).containsExactly("DSH-1");
        // 30 of 35 satisfied: after DSH-2 and DSH-4 (all satisfied), whose names it does not see.
        assertThat(page).contains("<td class=\"number\">3</td>").doesNotContain("DSH-2", "DSH-4", "ЦНАП DSH-3");
        assertThat(page).contains("<th scope=\"row\">2018-03</th><td class=\"number\">35</td>");
        assertThat(rows(head.get(MARCH_2018 + "&level=centre&region=UA-65").body()))
                .containsExactly("DSH-1");
        assertThat(rows(head.get(MARCH_2018 + "&level=region").body())).isEmpty();
        assertThat(head.get(MARCH_2018 + "&level=city&region=UA-56").statusCode())
                .isEqualTo(404);
        assertThat(head.get(MARCH_2018 + "&level=centre&region=UA-56").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRegionsViewerStartsAtItsCitiesAndAnotherRegionIsNotFound() throws Exception {
        var region = signedIn("dash.region@example.ua", "region:UA-65");

        assertThat(rows(region.get(MARCH_2018).body())).containsExactly("UA-65/Херсон", "UA-65/Нова Каховка");
        assertThat(region.get(MARCH_2018 + "&level=city&region=UA-56").statusCode())
                .isEqualTo(404);
        String centres = region.get(MARCH_2018 + "&level=centre").body();
        assertThat(rows(centres)).containsExactly("DSH-2", "DSH-1", "DSH-3");
        // Second in its region (DSH-4 in Rivne, as satisfied as DSH-2, is not its peer here).
        assertThat(centres).contains("<tr data-id=\"DSH-1\"><td class=\"number\">2</td>");
    }

    @Test
    void theCountryDrillsDownFromRegionsToCitiesToCentres() throws Exception {
        var admin = new ConsoleSession(port);
        admin.signIn(VidgukIntegrationTest.ADMIN_TOKEN);

        String regions = unescaped(admin.get(MARCH_2018).body());
        assertThat(rows(regions)).containsExactly("UA-56", "UA-65");
        assertThat(regions).contains("href=\"/console/ratings?period=2018-03&level=city&region=UA-65\"");
        String cities =
                unescaped(admin.get(MARCH_2018 + "&level=city&region=UA-65").body());
        assertThat(rows(cities)).containsExactly("UA-65/Херсон", "UA-65/Нова Каховка");
        String kherson =
                "/console/ratings?period=2018-03&level=centre&region=UA-65&city=%D0%A5%D0%B5%D1%80%D1%81%D0%BE%D0%BD";
        assertThat(cities).contains("href=\"" + kherson + "\"");
        String centres = admin.get(kherson).body();
        assertThat(rows(centres)).containsExactly("DSH-2", "DSH-1");
        assertThat(centres)
                .contains("Час очікування", "<caption>Центри: Херсон, березень 2018</caption>")
                .contains("<script src=\"/webjars/echarts/dist/echarts.min.js\"></script>");
    }

    @Test
    void theChartingLibraryIsServedFromTheApplication() {
        RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build()
                .get()
                .uri("/webjars/echarts/dist/echarts.min.js")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/javascript");
    }

    private ConsoleSession signedIn(String email, String scope) throws Exception {
        var admin = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .build();
        String link = Invites.invite(admin, email, "Тест", "viewer", scope);
        var browser = new ConsoleSession(port);
        HttpResponse<String> set =
                browser.post(link, browser.csrf(link), Map.of("password", PASSWORD, "repeated", PASSWORD));
        assertThat(set.statusCode()).isEqualTo(303);
        browser.signIn(email, PASSWORD);
        return browser;
    }

    private static List<String> rows(String page) {
        List<String> ids = new ArrayList<>();
        var ranking = page.substring(page.indexOf("id=\"ranking\""));
        var matcher = ROW.matcher(ranking);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String unescaped(String page) {
        return page.replace("&#x3D;", "=").replace("&amp;", "&");
    }
}
