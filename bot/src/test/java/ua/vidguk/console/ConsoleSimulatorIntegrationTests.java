package ua.vidguk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.vidguk.Centres;
import ua.vidguk.ConsoleSession;
import ua.vidguk.VidgukIntegrationTest;

/**
 * A coordinator tries a survey on the simulated phone through the console's forms: the survey
 * starts in Telegram with its buttons, a tap answers it and the tapped message shows the choice.
 */
@VidgukIntegrationTest
class ConsoleSimulatorIntegrationTests {

    static final String CENTRE = "CON-001";
    private static final Pattern FIRST_KEY =
            Pattern.compile("name=\"message\" value=\"(\\d+)\"><input type=\"hidden\" name=\"row\" value=\"0\">"
                    + "<input type=\"hidden\" name=\"col\" value=\"0\">");

    @LocalServerPort
    int port;

    ConsoleSession browser;

    @BeforeEach
    void signIn() throws Exception {
        Centres.register(port, CENTRE, "UA-74", "Чернігів");
        browser = new ConsoleSession(port);
        browser.signIn(VidgukIntegrationTest.ADMIN_TOKEN);
    }

    @Test
    void aSurveyTriedInTelegramShowsItsButtonsAndATapMarksTheChoice() throws Exception {
        String phone = "+380671230001";
        String csrf = browser.csrf("/console/try");

        var started = browser.post(
                "/console/try",
                csrf,
                Map.of("survey", "cnap-visit", "cnapCode", CENTRE, "channel", "TELEGRAM", "phone", phone));
        assertThat(started.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("channel=TELEGRAM", "notice=started"));

        String page = phonePage(phone);
        var key = FIRST_KEY.matcher(page);
        assertThat(key.find()).as("a button under the first question").isTrue();
        browser.post(
                "/console/phone/tap",
                csrf,
                Map.of("phone", phone, "channel", "TELEGRAM", "message", key.group(1), "row", "0", "col", "0"));

        assertThat(phonePage(phone)).contains("✅ 1");
    }

    @Test
    void aVisitReportedInTheFormIsCheckedLikeTheApisVisits() throws Exception {
        String csrf = browser.csrf("/console/visits");

        var rejected = browser.post(
                "/console/visits",
                csrf,
                Map.of("cnapCode", "NO-SUCH-CENTRE", "phone", "+380671230002", "visitedAt", "2026-11-24 10:00"));

        assertThat(rejected.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/console/visits"));
        String shown = browser.get(rejected.headers().firstValue("Location").orElseThrow())
                .body();
        assertThat(shown).contains("Візит не прийнято", "cnapCode");
    }

    private String phonePage(String phone) throws Exception {
        return browser.get("/console/phone?phone=" + phone.replace("+", "%2B") + "&channel=TELEGRAM")
                .body();
    }
}
