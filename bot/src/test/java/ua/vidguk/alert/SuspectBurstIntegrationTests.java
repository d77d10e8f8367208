package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.conversation.event.InvitedVisit;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;
import ua.vidguk.limits.SuspectBursts;
import ua.vidguk.stafflink.StaffTelegramFake;

/**
 * A burst of anonymous negative responses against one centre (more than {@code
 * vidguk.limits.burst-negatives}, 10, within {@code burst-window}, 30 minutes): the later ones are
 * marked suspect in the cases API and in the staff alert, and still delivered.
 */
class SuspectBurstIntegrationTests extends StaffChatTest {

    private static final String SUSPECT_LINE = "Підозріла серія";

    @Autowired
    SuspectBursts bursts;

    @Test
    void aBurstOfAnonymousNegativeResponsesMarksTheLaterCasesSuspectInTheApiAndTheAlert() {
        centre("SB-1", "ЦНАП м. Сплескове", "UA-32");
        long chat = -100_971;
        link(chat, "cnaps/SB-1");
        int linked = StaffTelegramFake.sent(telegram, chat).size();

        for (int i = 1; i <= 11; i++) {
            events.publishEvent(anonymous("SB-1", 700_000 + i, null));
            int expected = linked + i;
            await().until(() -> StaffTelegramFake.sent(telegram, chat).size() == expected);
            clock.advance(Duration.ofMinutes(2)); // 11 within 20 minutes; one alert at a time, none folded
        }

        List<Map<String, Object>> cases = cases("cnapCode=SB-1");
        assertThat(cases).hasSize(11);
        assertThat(cases.getFirst())
                .containsEntry("suspect", true)
                .hasEntrySatisfying(
                        "suspectReason",
                        reason -> assertThat((String) reason)
                                .isEqualTo(
                                        "11 anonymous negative responses about the centre within 30 minutes (more than 10)"));
        assertThat((String) cases.getFirst().get("summary")).startsWith("❗ Підозріло: ЦНАП м. Сплескове");
        assertThat((String) cases.get(1).get("summary")).startsWith("ЦНАП м. Сплескове");
        assertThat(cases.subList(1, 11))
                .allSatisfy(c -> assertThat(c).containsEntry("suspect", false).containsEntry("suspectReason", null));
        List<StaffTelegramFake.Call> alerts = StaffTelegramFake.sent(telegram, chat);
        assertThat(alerts.get(linked).text()).as("the first alert").doesNotContain(SUSPECT_LINE);
        assertThat(alerts.getLast().text())
                .contains(SUSPECT_LINE + ": анонімних негативних відгуків про цей ЦНАП за 30 хв — 11 (поріг — 10)")
                .contains("Негативний відгук: ЦНАП м. Сплескове");
    }

    @Test
    void aSingleAnonymousNegativeResponseIsNotSuspect() {
        centre("SB-2", "ЦНАП м. Поодиноке", "UA-32");
        link(-100_972, "cnaps/SB-2");

        events.publishEvent(anonymous("SB-2", 700_100, null));

        assertThat(cases("cnapCode=SB-2"))
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("suspect", false));
    }

    @Test
    void negativeResponsesAboutReportedVisitsAreNotCounted() {
        centre("SB-3", "ЦНАП м. Запрошене", "UA-32");
        link(-100_973, "cnaps/SB-3");

        for (int i = 1; i <= 12; i++) {
            var visit = new InvitedVisit("inv-" + i, "+38067300%04d".formatted(i), clock.instant(), null);
            events.publishEvent(anonymous("SB-3", 700_200 + i, visit));
        }

        assertThat(cases("cnapCode=SB-3"))
                .hasSize(12)
                .allSatisfy(c -> assertThat(c).containsEntry("suspect", false));
    }

    @Test
    void responsesSpreadWiderThanTheWindowAreNotABurst() {
        centre("SB-4", "ЦНАП м. Розмірене", "UA-32");
        link(-100_974, "cnaps/SB-4");

        for (int i = 1; i <= 12; i++) {
            events.publishEvent(anonymous("SB-4", 700_300 + i, null));
            clock.advance(Duration.ofMinutes(4)); // at most 8 in any 30 minutes
        }

        assertThat(cases("cnapCode=SB-4"))
                .hasSize(12)
                .allSatisfy(c -> assertThat(c).containsEntry("suspect", false));
    }

    @Test
    void aResponseHeardAgainIsCountedOnce() {
        for (int i = 0; i < 12; i++) {
            assertThat(bursts.anonymousNegative("SB-5", "heard-again", clock.instant()))
                    .isEmpty();
        }
        assertThat(bursts.anonymousNegative("SB-5", "another", clock.instant())).isEmpty();
    }

    /** A QR code's survey answered badly in Telegram: no reported visit unless one is given. */
    private NegativeFeedbackReceived anonymous(String cnapCode, long account, @Nullable InvitedVisit visit) {
        return new NegativeFeedbackReceived(
                UUID.randomUUID().toString().substring(0, 10),
                "cnap-visit",
                cnapCode,
                ContactAddress.telegram(account),
                Channel.TELEGRAM,
                visit,
                Map.of("overall", "1"),
                List.of("overall"),
                false,
                null,
                false,
                clock.instant().minus(Duration.ofMinutes(3)),
                clock.instant());
    }
}
