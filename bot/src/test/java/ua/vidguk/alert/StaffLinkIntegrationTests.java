package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Who may link a group, with which code, and what a chat then sees. */
class StaffLinkIntegrationTests extends StaffChatTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void anAdministratorLinksTheGroupWithACodeAndTheBotConfirmsInTheGroup() {
        centre("LK-1", "ЦНАП м. Обухів", "UA-32");
        long chat = -100_201;

        deliver(GroupUpdates.text(
                next(), chat, ADMIN, "/link " + code("cnaps/LK-1").toLowerCase()));

        assertThat(lastTo(chat)).contains("чат персоналу", "ЦНАП м. Обухів (LK-1)");
    }

    @Test
    void aMemberWhoIsNotAnAdministratorCannotLinkAndDoesNotUseTheCodeUp() {
        centre("LK-2", "ЦНАП м. Ржищів", "UA-32");
        long chat = -100_202;
        String code = code("cnaps/LK-2");

        deliver(GroupUpdates.text(next(), chat, MEMBER, "/link " + code));
        assertThat(lastTo(chat)).contains("лише його адміністратор");

        deliver(GroupUpdates.text(next(), chat, ADMIN, "/link " + code));
        assertThat(lastTo(chat)).contains("Тепер це чат персоналу");
    }

    @Test
    void aUsedCodeIsRefusedInAnotherGroup() {
        centre("LK-3", "ЦНАП м. Кагарлик", "UA-32");
        String code = code("cnaps/LK-3");
        deliver(GroupUpdates.text(next(), -100_203, ADMIN, "/link " + code));

        deliver(GroupUpdates.text(next(), -100_204, ADMIN, "/link " + code));

        assertThat(lastTo(-100_204)).contains("уже використано");
    }

    @Test
    void anExpiredCodeIsRefused() {
        centre("LK-4", "ЦНАП м. Богуслав", "UA-32");
        String code = code("cnaps/LK-4");
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        deliver(GroupUpdates.text(next(), -100_205, ADMIN, "/link " + code));

        assertThat(lastTo(-100_205)).contains("Термін дії коду минув");
    }

    @Test
    void aWrongCodeAndAMissingCodeAreRefusedWithAClearReply() {
        deliver(GroupUpdates.text(next(), -100_206, ADMIN, "/link ZZZZ2222"));
        assertThat(lastTo(-100_206)).contains("Такого коду немає");

        deliver(GroupUpdates.text(next(), -100_206, ADMIN, "/link@vidguk_bot"));
        assertThat(lastTo(-100_206)).contains("Надішліть /link і код");
    }

    @Test
    void codesAreOnlyIssuedForKnownCentresAndRegions() {
        api.post()
                .uri("/cnaps/NO-SUCH/staff-link-code")
                .exchange()
                .expectStatus()
                .isNotFound();
        api.post()
                .uri("/regions/UA-99/staff-link-code")
                .exchange()
                .expectStatus()
                .isNotFound();
        http.post().uri("/api/v1/staff-link-code").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void unlinkStopsAlertsAndTheyWaitForTheNextChat() {
        centre("LK-5", "ЦНАП м. Миронівка", "UA-05");
        long chat = -100_207;
        link(chat, "cnaps/LK-5");
        deliver(GroupUpdates.text(next(), chat, ADMIN, "/unlink"));
        assertThat(lastTo(chat)).contains("більше не отримує", "ЦНАП м. Миронівка (LK-5)");
        int before = StaffTelegramFake.sent(telegram, chat).size();

        negative("LK-5", "+380671110021", false);

        await().until(() -> cases("cnapCode=LK-5&delivered=false").size() == 1);
        assertThat(StaffTelegramFake.sent(telegram, chat)).hasSize(before);
    }

    @Test
    void aChatSeesOnlyItsOwnCentresCasesAndFigures() {
        centre("SC-A", "ЦНАП м. Ніжин", "UA-74");
        centre("SC-B", "ЦНАП м. Прилуки", "UA-74");
        long chatA = -100_301;
        long chatB = -100_302;
        link(chatA, "cnaps/SC-A");
        link(chatB, "cnaps/SC-B");
        var feedback = negative("SC-A", "+380671110031", false);
        await().until(() -> StaffTelegramFake.sent(telegram, chatA).size() == 2);
        int alert = StaffTelegramFake.sent(telegram, chatA).getLast().messageId();

        deliver(GroupUpdates.press(next(), "cb-foreign", chatB, alert, ADMIN, CaseButtons.TAKE + feedback.sessionId()));
        deliver(GroupUpdates.text(next(), chatB, MEMBER, "/stats"));

        assertThat(StaffTelegramFake.sent(telegram, chatB)).hasSize(2); // the link's confirmation and the figures
        assertThat(lastTo(chatB))
                .contains("ЦНАП м. Прилуки (SC-B)", "Відкритих звернень: 0")
                .doesNotContain("Ніжин");
        assertThat(StaffTelegramFake.answers(telegram, "cb-foreign")
                        .getFirst()
                        .request()
                        .path("text")
                        .asString())
                .contains("не належить");
        assertThat(cases("cnapCode=SC-A"))
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("status", "OPEN"));
        deliver(GroupUpdates.text(next(), chatA, MEMBER, "/stats"));
        assertThat(lastTo(chatA)).contains("ЦНАП м. Ніжин (SC-A)", "Відкритих звернень: 1");
    }

    @Test
    void oneGroupMayServeSeveralCentresAndSeesTheFiguresOfEach() {
        centre("SV-1", "ЦНАП м. Коростень", "UA-18");
        centre("SV-2", "ЦНАП м. Овруч", "UA-18");
        long chat = -100_208;
        link(chat, "cnaps/SV-1");
        link(chat, "cnaps/SV-2");

        negative("SV-1", "+380671110081", false);
        negative("SV-2", "+380671110082", false);

        await().until(() -> StaffTelegramFake.sent(telegram, chat).size() == 4);
        assertThat(StaffTelegramFake.sent(telegram, chat).subList(2, 4))
                .extracting(StaffTelegramFake.Call::text)
                .anySatisfy(text -> assertThat(text).contains("ЦНАП м. Коростень (SV-1)"))
                .anySatisfy(text -> assertThat(text).contains("ЦНАП м. Овруч (SV-2)"));
        deliver(GroupUpdates.text(next(), chat, MEMBER, "/stats"));
        assertThat(lastTo(chat)).contains("ЦНАП м. Коростень (SV-1)", "ЦНАП м. Овруч (SV-2)");
    }

    private String lastTo(long chat) {
        return StaffTelegramFake.sent(telegram, chat).getLast().text();
    }
}
