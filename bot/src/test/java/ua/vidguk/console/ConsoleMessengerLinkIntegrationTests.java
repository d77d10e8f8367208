package ua.vidguk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import ua.vidguk.Centres;
import ua.vidguk.ConsoleSession;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Inviter;

/**
 * With a public address the invitation SMS carries its visit link, and the simulated phone opens
 * it in a messenger as a visitor's phone would: the survey moves to Telegram.
 */
@VidgukIntegrationTest
@TestPropertySource(properties = "vidguk.public-base-url=http://localhost:8080")
class ConsoleMessengerLinkIntegrationTests {

    static final String CENTRE = "LNK-001";
    private static final Pattern CONTINUE = Pattern.compile(
            "name=\"channel\" value=\"TELEGRAM\"><input type=\"hidden\" name=\"payload\" value=\"([A-Za-z0-9]{10})\">");

    @LocalServerPort
    int port;

    @Autowired
    Inviter inviter;

    @Test
    void theInvitationsLinkContinuesTheSurveyInTelegramWithItsButtons() throws Exception {
        centre();
        String phone = "+380671230009";
        inviter.invite(PhoneNumber.parseMobile(phone), CENTRE);
        var browser = new ConsoleSession(port);
        browser.signIn(VidgukIntegrationTest.ADMIN_TOKEN);

        String sms =
                browser.get("/console/phone?phone=%2B380671230009&channel=SMS").body();
        var link = CONTINUE.matcher(sms);
        assertThat(link.find()).as("a way to open the SMS's link in Telegram").isTrue();
        browser.post(
                "/console/phone/open",
                browser.csrf("/console/phone"),
                Map.of("phone", phone, "channel", "TELEGRAM", "payload", link.group(1)));

        String telegram = browser.get("/console/phone?phone=%2B380671230009&channel=TELEGRAM")
                .body();
        assertThat(telegram).contains("class=\"msg bot\"", "class=\"key\"");
    }

    private void centre() {
        Centres.register(port, CENTRE, "UA-74", "Чернігів");
    }
}
