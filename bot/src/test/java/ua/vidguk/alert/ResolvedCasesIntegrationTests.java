package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import ua.vidguk.stafflink.GroupUpdates;
import ua.vidguk.stafflink.StaffTelegramFake;

/** The ratings say how many negative responses staff resolved, and how many of them in time. */
class ResolvedCasesIntegrationTests extends StaffChatTest {

    @Test
    void aCaseResolvedInTimeCountsOnceInItsCentresAndRegionsFigures() {
        centre("RC-1", "ЦНАП м. Джанкой", "UA-43");
        centre("RC-2", "ЦНАП м. Бахчисарай", "UA-43");
        long first = -100_611;
        long second = -100_612;
        link(first, "cnaps/RC-1");
        link(second, "cnaps/RC-2");
        var inTime = negative("RC-1", "+380671110611", false);
        var late = negative("RC-2", "+380671110612", false);
        await().until(() -> StaffTelegramFake.sent(telegram, first).size() == 2
                && StaffTelegramFake.sent(telegram, second).size() == 2);

        resolve(first, inTime.sessionId(), "Перетелефонували");
        clock.advance(Duration.ofDays(30)); // past the deadline before the ministry
        resolve(second, late.sessionId(), "Вибачились");
        schedule.run();
        schedule.run(); // a second sweep finds nothing left to count

        JsonNode centres = ratings("level=centre&region=UA-43&from=2026-11-24&to=2026-11-24");
        assertThat(centre(centres, "RC-1").path("resolved").asLong()).isEqualTo(1);
        assertThat(centre(centres, "RC-1").path("resolvedInTime").asLong()).isEqualTo(1);
        assertThat(centre(centres, "RC-2").path("resolved").asLong()).isEqualTo(1);
        assertThat(centre(centres, "RC-2").path("resolvedInTime").asLong()).isZero();
        JsonNode region = ratings("level=region&region=UA-43&from=2026-11-24&to=2026-11-24")
                .path("entities")
                .get(0);
        assertThat(region.path("resolved").asLong()).isEqualTo(2);
        assertThat(region.path("resolvedInTime").asLong()).isEqualTo(1);
    }

    private void resolve(long chat, String caseId, String outcome) {
        int alert = StaffTelegramFake.sent(telegram, chat).getLast().messageId();
        deliver(GroupUpdates.press(next(), "cb-" + caseId, chat, alert, MEMBER, CaseButtons.RESOLVE + caseId));
        var question = StaffTelegramFake.sent(telegram, chat).getLast();
        deliver(GroupUpdates.reply(next(), chat, MEMBER, outcome, question.messageId()));
        assertThat(cases("region=UA-43&status=RESOLVED"))
                .anySatisfy(c -> assertThat(c).containsEntry("id", caseId));
    }

    private JsonNode ratings(String query) {
        return api.get()
                .uri("/ratings?" + query)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private static JsonNode centre(JsonNode page, String code) {
        for (JsonNode entity : page.path("entities")) {
            if (entity.path("id").asString().equals(code)) {
                return entity;
            }
        }
        throw new AssertionError(code + " not in " + page);
    }
}
