package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.vidguk.stafflink.StaffTelegramFake;

/** What nobody handles goes up, once; what has no chat waits, visible, and is delivered later. */
class StaffEscalationIntegrationTests extends StaffChatTest {

    static final long REGION = -100_401;
    static final long MINISTRY = -100_402;

    @Test
    void aCaseNobodyTakesGoesToTheRegionOnceAndOneNobodyResolvesToTheMinistryOnce() {
        centre("ES-1", "ЦНАП м. Калуш", "UA-26");
        long centreChat = -100_403;
        link(centreChat, "cnaps/ES-1");
        link(REGION, "regions/UA-26");
        link(MINISTRY, "");
        negative("ES-1", "+380671110041", false);
        await().until(() -> StaffTelegramFake.sent(telegram, centreChat).size() == 2);

        clock.advance(Duration.ofMinutes(119));
        schedule.run();
        assertThat(about(REGION, "Калуш")).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        schedule.run();
        schedule.run();
        await().until(() -> about(REGION, "Калуш").size() == 1);
        assertThat(about(REGION, "Калуш").getFirst()).contains("Ніхто не взяв відгук у роботу протягом 2 год");

        clock.advance(Duration.ofDays(2)); // Thursday: 3 working days end on Friday at 18:00
        schedule.run();
        assertThat(about(MINISTRY, "Калуш")).isEmpty();
        clock.advance(Duration.ofDays(1).plusHours(8)); // Friday 18:00 in Kyiv
        schedule.run();
        schedule.run();
        await().until(() -> about(MINISTRY, "Калуш").size() == 1);
        // Alone, the escalation says why. All tests share one clock and one ministry chat: when
        // other tests' open cases escalate at the same jump, the chat's budget folds them all into
        // one summary, where the case is a line of its own.
        assertThat(about(MINISTRY, "Калуш").getFirst())
                .satisfiesAnyOf(
                        alone -> assertThat(alone).contains("не вирішено протягом 3 робочих днів"),
                        folded -> assertThat(folded).startsWith("⚠️ Надійшло багато негативних відгуків одразу"));
        assertThat(about(REGION, "Калуш")).hasSize(1);
        assertThat(cases("cnapCode=ES-1"))
                .singleElement()
                .satisfies(c -> assertThat(c)
                        .containsEntry("escalatedToRegion", true)
                        .containsEntry("escalatedToMinistry", true));
    }

    @Test
    void aCentreWithoutAChatWaitsVisiblyAndIsDeliveredToItsRegionOnceThatIsLinked() {
        centre("ES-2", "ЦНАП м. Ромни", "UA-59");
        negative("ES-2", "+380671110042", false);

        assertThat(cases("cnapCode=ES-2&delivered=false"))
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("status", "OPEN").containsEntry("postedTo", null));

        long regionChat = -100_404;
        link(regionChat, "regions/UA-59");

        await().until(() -> about(regionChat, "Ромни").size() == 1);
        assertThat(about(regionChat, "Ромни").getFirst())
                .contains("немає чату персоналу", "Негативний відгук: ЦНАП м. Ромни");
        assertThat(cases("cnapCode=ES-2&delivered=true"))
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("postedTo", "region:UA-59"));
    }

    @Test
    void badCaseFiltersAreAnsweredWithAProblem() {
        centre("ES-3", "ЦНАП м. Конотоп", "UA-59");
        negative("ES-3", "+380671110043", false);
        assertThat(cases("")).extracting(c -> c.get("cnapCode")).contains("ES-3");
        assertThat(cases("region=UA-59&status=open"))
                .extracting(c -> c.get("cnapCode"))
                .contains("ES-3");

        api.get()
                .uri("/cases?status=LOST")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType("application/problem+json");
        api.get().uri("/cases?region=UA-99").exchange().expectStatus().isBadRequest();
        api.get().uri("/cases?delivered=maybe").exchange().expectStatus().isBadRequest();
    }

    private List<String> about(long chat, String centre) {
        return StaffTelegramFake.sent(telegram, chat).stream()
                .map(StaffTelegramFake.Call::text)
                .filter(text -> text.contains(centre))
                .toList();
    }
}
