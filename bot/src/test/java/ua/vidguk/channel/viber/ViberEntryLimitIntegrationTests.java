package ua.vidguk.channel.viber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The hourly limit of QR codes' surveys per messenger account ({@code
 * vidguk.limits.messenger-per-hour}, 3) in Viber: the refusal is the conversation's welcome message.
 */
class ViberEntryLimitIntegrationTests extends FakeViberApplicationTest {

    @Test
    void anAccountOverTheHourlyLimitIsWelcomedWithTheLimitInsteadOfASurvey() {
        String user = "limit+User01=";
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (int survey = 0; survey < 3; survey++) {
            assertThat(open(user, "VBR-1").path("text").asString()).contains("загалом оцінюєте");
            for (int reply = 0; reply < 3; reply++) {
                reply(user, "ммм"); // not an answer: the third closes the survey
            }
        }

        JsonNode welcome = open(user, "VBR-1");

        // This application runs on the real clock: a new hour starts a new count.
        assumeTrue(Instant.now().truncatedTo(ChronoUnit.HOURS).equals(hour), "the hour changed during the test");
        assertThat(welcome.path("text").asString())
                .contains("кілька разів починали опитування")
                .doesNotContain("загалом оцінюєте");
        assertThat(welcome.path("keyboard").isMissingNode()).isTrue();
    }
}
