package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import ua.vidguk.stafflink.GroupUpdates;
import ua.vidguk.stafflink.StaffTelegramFake;

/** What a linked chat sees: its own scopes' alerts and figures only, and nothing once unlinked. */
class StaffChatScopeIntegrationTests extends StaffChatTest {

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
}
