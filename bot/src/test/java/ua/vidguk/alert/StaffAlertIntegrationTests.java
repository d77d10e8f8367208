package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.Inbox;
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Conversations;
import ua.vidguk.stafflink.GroupUpdates;
import ua.vidguk.stafflink.StaffTelegramFake;

/** Alerts reach the right staff chat, once, and are taken and resolved there. */
class StaffAlertIntegrationTests extends StaffChatTest {

    @Autowired
    Conversations conversations;

    @Autowired
    Inbox inbox;

    @Test
    void aNegativeSmsSurveyEndsWithExactlyOneAlertInTheCentresChatWithTheNumberMasked() {
        centre("AL-1", "ЦНАП м. Ірпінь", "UA-32");
        long chat = -100_101;
        link(chat, "cnaps/AL-1");
        String visitor = "+380671110012";
        var tel = ContactAddress.tel(PhoneNumber.parseMobile(visitor));
        conversations.start(tel, Channel.SMS, "AL-1");
        String last = null;
        for (String answer : List.of("1", "2", "1", "2", "2", "3", "1", "Чекала дві години", "2")) {
            last = "SM" + next();
            inbox.receive(new MessageReceived(Channel.SMS, last, tel, answer, clock.instant()));
        }
        inbox.receive(new MessageReceived(Channel.SMS, last, tel, "2", clock.instant())); // redelivered

        await().until(() -> StaffTelegramFake.sent(telegram, chat).size() == 2);
        String alert = StaffTelegramFake.sent(telegram, chat).getLast().text();
        assertThat(alert)
                .contains(
                        "ЦНАП м. Ірпінь (AL-1)",
                        "Канал: SMS",
                        "• Як ви загалом оцінюєте обслуговування в центрі? — 1 з 5",
                        "• Чи отримали ви послугу, по яку зверталися? — Ні",
                        "«Чекала дві години",
                        "+380 67 *** ** 12")
                .doesNotContain("111 00 12", "1 — так, 2 — ні");
        assertThat(StaffTelegramFake.sent(telegram, chat)
                        .getLast()
                        .request()
                        .path("reply_markup")
                        .toString())
                .contains("Беру в роботу", "Вирішено");
        assertThat(cases("cnapCode=AL-1")).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("status", "OPEN").containsEntry("delivered", true);
        });
    }

    @Test
    void aVisitorWhoAgreedToACallBackIsShownWithTheFullNumber() {
        centre("AL-2", "ЦНАП м. Буча", "UA-32");
        long chat = -100_102;
        link(chat, "cnaps/AL-2");

        negative("AL-2", "+380501234567", true);

        await().until(() -> StaffTelegramFake.sent(telegram, chat).size() == 2);
        assertThat(StaffTelegramFake.sent(telegram, chat).getLast().text())
                .contains("+380 50 123 45 67", "погодився на дзвінок");
    }

    @Test
    void staffTakeAndResolveACaseWithButtonsAndEveryPressIsAnswered() {
        centre("AL-3", "ЦНАП м. Васильків", "UA-32");
        long chat = -100_103;
        link(chat, "cnaps/AL-3");
        var feedback = negative("AL-3", "+380671110013", false);
        await().until(() -> StaffTelegramFake.sent(telegram, chat).size() == 2);
        int alert = StaffTelegramFake.sent(telegram, chat).getLast().messageId();
        String take = CaseButtons.TAKE + feedback.sessionId();
        String resolve = CaseButtons.RESOLVE + feedback.sessionId();

        String press = GroupUpdates.press(next(), "cb-take-1", chat, alert, MEMBER, take);
        deliver(press);
        deliver(press); // redelivered: answered and changed once
        assertThat(StaffTelegramFake.answers(telegram, "cb-take-1"))
                .singleElement()
                .satisfies(answer ->
                        assertThat(answer.request().path("text").asString()).contains("ваше"));
        assertThat(StaffTelegramFake.calls(telegram, "editmessagetext", chat))
                .singleElement()
                .satisfies(edit -> assertThat(edit.text()).contains("Взято в роботу: Петро"));

        deliver(GroupUpdates.press(next(), "cb-take-2", chat, alert, ADMIN, take));
        assertThat(StaffTelegramFake.answers(telegram, "cb-take-2")
                        .getFirst()
                        .request()
                        .path("text")
                        .asString())
                .contains("вже в роботі", "Петро");
        assertThat(StaffTelegramFake.calls(telegram, "editmessagetext", chat)).hasSize(1);

        deliver(GroupUpdates.press(next(), "cb-resolve", chat, alert, MEMBER, resolve));
        var question = StaffTelegramFake.sent(telegram, chat).getLast();
        assertThat(question.request().path("reply_markup").path("force_reply").asBoolean())
                .isTrue();
        assertThat(question.request()
                        .path("entities")
                        .get(0)
                        .path("user")
                        .path("id")
                        .asLong())
                .isEqualTo(MEMBER);
        deliver(GroupUpdates.reply(
                next(), chat, MEMBER, "Зателефонували, документи видано\nдругий рядок", question.messageId()));

        assertThat(StaffTelegramFake.calls(telegram, "editmessagetext", chat)
                        .getLast()
                        .text())
                .contains("Вирішено: Петро", "Результат: Зателефонували, документи видано")
                .doesNotContain("другий рядок");
        assertThat(cases("cnapCode=AL-3&status=RESOLVED"))
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("resolution", "Зателефонували, документи видано"));

        deliver(GroupUpdates.press(next(), "cb-late", chat, alert, ADMIN, take));
        assertThat(StaffTelegramFake.answers(telegram, "cb-late")
                        .getFirst()
                        .request()
                        .path("text")
                        .asString())
                .contains("вже закрите");
        assertThat(StaffTelegramFake.calls(telegram, "editmessagetext", chat)).hasSize(2);
    }

    @Test
    void anEventHeardTwiceMakesOneCaseAndOneAlert() {
        centre("AL-4", "ЦНАП м. Фастів", "UA-32");
        long chat = -100_104;
        link(chat, "cnaps/AL-4");
        var feedback = negative("AL-4", "+380671110014", false);

        events.publishEvent(feedback);

        await().until(() -> StaffTelegramFake.sent(telegram, chat).size() >= 2);
        await().during(Duration.ofMillis(300))
                .until(() -> StaffTelegramFake.sent(telegram, chat).size() == 2);
        assertThat(cases("cnapCode=AL-4")).hasSize(1);
    }
}
