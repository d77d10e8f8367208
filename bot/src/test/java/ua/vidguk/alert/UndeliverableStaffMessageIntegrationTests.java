package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ua.vidguk.stafflink.GroupUpdates;
import ua.vidguk.stafflink.StaffTelegramFake;
import ua.vidguk.stafflink.StaffTelegramFake.Call;

/**
 * Staff messages Telegram will not take as they are: a group upgraded to a supergroup is followed,
 * a text over the limit is shortened, a chat without the bot is passed over for the region's or
 * the ministry's, and nothing is retried forever in silence. The fake answers as Telegram does.
 */
@ExtendWith(OutputCaptureExtension.class)
class UndeliverableStaffMessageIntegrationTests extends StaffChatTest {

    private static final String UPGRADED = "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat"
            + " was upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":%d}}";
    private static final String KICKED =
            "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was kicked from the group chat\"}";
    private static final String NOT_FOUND =
            "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}";
    private static final String BAD_GATEWAY = "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}";

    private StubMapping failing;

    @AfterEach
    void telegramAnswersAgain() {
        if (failing != null) {
            telegram.removeStub(failing);
            failing = null;
        }
    }

    @Test
    void aGroupUpgradedToASupergroupIsFollowedToItsNewIdAndTheAlertIsSentThereAtOnce() {
        centre("UM-1", "ЦНАП м. Славутич", "UA-12");
        long group = -100_701;
        long supergroup = -1_001_234_567_890L;
        link(group, "cnaps/UM-1");
        failing = StaffTelegramFake.failing(telegram, group, "sendmessage", 400, UPGRADED.formatted(supergroup));

        negative("UM-1", "+380671110071", false);

        await().until(() -> accepted(supergroup).size() == 1);
        assertThat(accepted(supergroup).getFirst().text()).contains("Негативний відгук: ЦНАП м. Славутич (UM-1)");
        assertThat(accepted(supergroup)
                        .getFirst()
                        .request()
                        .path("reply_markup")
                        .toString())
                .contains("Беру в роботу");
        assertThat(cases("cnapCode=UM-1")).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("delivered", true).containsEntry("postedTo", "cnap:UM-1");
            assertThat(chatOf(c)).isEqualTo(supergroup);
        });

        // The link moved with the group: the next alert goes straight to the new id.
        int triedInOldGroup = StaffTelegramFake.sent(telegram, group).size();
        negative("UM-1", "+380671110072", false);
        await().until(() -> accepted(supergroup).size() == 2);
        assertThat(StaffTelegramFake.sent(telegram, group)).hasSize(triedInOldGroup);
    }

    @Test
    void anAlertWhoseGroupWasUpgradedIsPostedAgainInTheSupergroupWhenItIsTaken() {
        centre("UM-2", "ЦНАП м. Нікополь", "UA-12");
        long group = -100_702;
        long supergroup = -1_001_234_567_891L;
        link(group, "cnaps/UM-2");
        var feedback = negative("UM-2", "+380671110073", false);
        await().until(() -> accepted(group).size() == 2);
        int alert = accepted(group).getLast().messageId();
        failing = StaffTelegramFake.failing(
                telegram, group, "sendmessage|editmessagetext", 400, UPGRADED.formatted(supergroup));

        deliver(GroupUpdates.press(
                next(), "cb-upgraded", group, alert, MEMBER, CaseButtons.TAKE + feedback.sessionId()));

        await().until(() -> accepted(supergroup).size() == 1);
        Call reposted = accepted(supergroup).getFirst();
        assertThat(reposted.text()).contains("Негативний відгук: ЦНАП м. Нікополь (UM-2)", "Взято в роботу: Петро");
        assertThat(reposted.request().path("reply_markup").toString()).contains("Вирішено");
        assertThat(cases("cnapCode=UM-2")).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("status", "TAKEN");
            assertThat(chatOf(c)).isEqualTo(supergroup);
        });
    }

    @Test
    void anAlertWithAFiveThousandCharacterCommentIsShortenedToFitAndEveryPostAboutItIsAccepted() {
        centre("UM-3", "ЦНАП м. Жовті Води", "UA-35");
        long chat = -100_703;
        long region = -100_704;
        link(chat, "cnaps/UM-3");
        link(region, "regions/UA-35");
        String comment = "Чекала з самого ранку, ніхто не підказав, куди йти. ".repeat(100);
        assertThat(comment.length()).isGreaterThan(5_000);

        var feedback = negative("UM-3", "+380671110074", true, comment);

        await().until(() -> cases("cnapCode=UM-3&delivered=true").size() == 1);
        String alert = accepted(chat).getLast().text();
        assertThat(alert.length()).isLessThanOrEqualTo(4_096);
        assertThat(alert)
                .contains("Коментар: «Чекала з самого ранку", "…»", "коментар скорочено", "+380 67 111 00 74")
                .contains("• Як ви загалом оцінюєте обслуговування в центрі? — 1 з 5");

        clock.advance(Duration.ofHours(2)); // nobody took it: it goes to the region, with the alert below
        schedule.run();
        await().until(() -> accepted(region).stream().anyMatch(m -> m.text().contains("Жовті Води")));
        assertThat(accepted(region).getLast().text()).contains("Ніхто не взяв відгук", "коментар скорочено");

        int alertId = accepted(chat).getLast().messageId();
        deliver(GroupUpdates.press(
                next(), "cb-long", chat, alertId, MEMBER, CaseButtons.RESOLVE + feedback.sessionId()));
        var question = accepted(chat).getLast();
        deliver(GroupUpdates.reply(next(), chat, MEMBER, "Перетелефонували. ".repeat(40), question.messageId()));
        await().until(() -> cases("cnapCode=UM-3&status=RESOLVED").size() == 1);
        await().until(() -> StaffTelegramFake.calls(telegram, "editmessagetext", chat).stream()
                .anyMatch(Call::accepted));
        assertThat(StaffTelegramFake.calls(telegram, "editmessagetext", chat))
                .allSatisfy(edit -> assertThat(edit.accepted()).isTrue())
                .last()
                .satisfies(edit -> assertThat(edit.text()).contains("Вирішено: Петро", "коментар скорочено"));
    }

    @Test
    void statsForAGroupServingManyCentresComeInSeveralMessagesThatEachFit() {
        long chat = -100_711;
        for (int i = 1; i <= 30; i++) {
            centre("UM-S" + i, "ЦНАП виконавчого комітету Жовтоводської міської ради № " + i, "UA-12");
            link(chat, "cnaps/UM-S" + i);
        }
        int before = StaffTelegramFake.sent(telegram, chat).size();

        deliver(GroupUpdates.text(next(), chat, MEMBER, "/stats"));

        var stats = StaffTelegramFake.sent(telegram, chat)
                .subList(before, StaffTelegramFake.sent(telegram, chat).size());
        assertThat(stats)
                .hasSizeGreaterThan(1)
                .allSatisfy(message -> assertThat(message.accepted()).isTrue());
        String all = String.join("\n", stats.stream().map(Call::text).toList());
        for (int i = 1; i <= 30; i++) {
            assertThat(all).containsOnlyOnce("(UM-S" + i + ")");
        }
    }

    @Test
    void aChatThatRemovedTheBotIsMarkedUnusableAndItsAlertsGoToTheRegionMarkedSoUntilItIsLinkedAgain() {
        centre("UM-4", "ЦНАП м. Вознесенськ", "UA-48");
        long chat = -100_705;
        long region = -100_706;
        link(chat, "cnaps/UM-4");
        link(region, "regions/UA-48");
        int confirmations = StaffTelegramFake.sent(telegram, chat).size();
        failing = StaffTelegramFake.failing(telegram, chat, "sendmessage", 403, KICKED);

        negative("UM-4", "+380671110075", false);
        await().until(() -> about(region, "Вознесенськ").size() == 1);
        negative("UM-4", "+380671110076", false);
        await().until(() -> about(region, "Вознесенськ").size() == 2);

        assertThat(about(region, "Вознесенськ"))
                .allSatisfy(text -> assertThat(text)
                        .startsWith("⚠️ Чат «ЦНАП м. Вознесенськ (UM-4)» недоступний — сповіщення переслано сюди")
                        .contains("/link", "Негативний відгук: ЦНАП м. Вознесенськ (UM-4)"));
        assertThat(StaffTelegramFake.sent(telegram, chat)).hasSize(confirmations + 1); // the second was not tried there
        assertThat(cases("cnapCode=UM-4")).hasSize(2).allSatisfy(c -> {
            assertThat(c).containsEntry("postedTo", "region:UA-48").containsEntry("centreChatUnusable", true);
            assertThat(chatOf(c)).isEqualTo(region);
        });
        assertThat(cases("cnapCode=UM-4").stream().flatMap(c -> problems(c).stream()))
                .singleElement()
                .satisfies(problem -> assertThat(problem)
                        .containsEntry("scope", "cnap:UM-4")
                        .containsEntry("kind", "CHAT_UNUSABLE")
                        .hasEntrySatisfying(
                                "reason", reason -> assertThat((String) reason).contains("kicked")));

        telegram.removeStub(failing); // the bot is back in the group, and an administrator links it again
        failing = null;
        link(chat, "cnaps/UM-4");
        negative("UM-4", "+380671110077", false);

        await().until(() ->
                about(chat, "Негативний відгук: ЦНАП м. Вознесенськ").size() == 1);
        assertThat(about(chat, "Вознесенськ").getLast()).startsWith("⚠️ Негативний відгук");
        assertThat(about(region, "Вознесенськ")).hasSize(2);
        assertThat(cases("cnapCode=UM-4&delivered=true")).hasSize(3);
    }

    @Test
    void aCentreChatThatIsGoneWithNoRegionChatSendsItsAlertsToTheMinistrysChat() {
        centre("UM-5", "ЦНАП м. Чортків", "UA-61");
        long chat = -100_707;
        long ministry = -100_708;
        link(chat, "cnaps/UM-5");
        link(ministry, "");
        failing = StaffTelegramFake.failing(telegram, chat, "sendmessage", 400, NOT_FOUND);

        negative("UM-5", "+380671110078", false);

        await().until(() -> about(ministry, "Чортків").size() == 1);
        assertThat(about(ministry, "Чортків").getFirst())
                .startsWith("⚠️ Чат «ЦНАП м. Чортків (UM-5)» недоступний — сповіщення переслано сюди")
                .contains("Негативний відгук: ЦНАП м. Чортків (UM-5)");
        assertThat(cases("cnapCode=UM-5"))
                .singleElement()
                .satisfies(c ->
                        assertThat(c).containsEntry("postedTo", "national").containsEntry("centreChatUnusable", true));
    }

    @Test
    void anAlertTelegramKeepsFailingIsTriedABoundedNumberOfTimesThenRecordedLoggedAndSentToTheRegion(
            CapturedOutput output) {
        centre("UM-6", "ЦНАП м. Шепетівка", "UA-68");
        long chat = -100_709;
        long region = -100_710;
        link(chat, "cnaps/UM-6");
        link(region, "regions/UA-68");
        int confirmations = StaffTelegramFake.sent(telegram, chat).size();
        failing = StaffTelegramFake.failing(telegram, chat, "sendmessage", 502, BAD_GATEWAY);

        var feedback = negative("UM-6", "+380671110079", false);
        await().until(() -> StaffTelegramFake.sent(telegram, chat).size() == confirmations + 1);
        for (int sweep = 0; sweep < 20 && about(region, "Шепетівка").isEmpty(); sweep++) {
            clock.advance(Duration.ofSeconds(10));
            schedule.run();
        }

        await().until(() -> about(region, "Шепетівка").size() == 1);
        assertThat(StaffTelegramFake.sent(telegram, chat)).hasSize(confirmations + 10); // delivery-attempts
        assertThat(about(region, "Шепетівка").getFirst())
                .startsWith("⚠️ До чату «ЦНАП м. Шепетівка (UM-6)» не вдалося доставити сповіщення — переслано сюди")
                .contains("Негативний відгук: ЦНАП м. Шепетівка (UM-6)");
        assertThat(cases("cnapCode=UM-6")).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("postedTo", "region:UA-68").containsEntry("centreChatUnusable", false);
            assertThat(problems(c))
                    .singleElement()
                    .satisfies(problem -> assertThat(problem)
                            .containsEntry("scope", "cnap:UM-6")
                            .containsEntry("kind", "GAVE_UP")
                            .hasEntrySatisfying(
                                    "reason",
                                    reason -> assertThat((String) reason).contains("502")));
        });
        assertThat(output).contains("Case " + feedback.sessionId());
    }

    private List<Call> accepted(long chat) {
        return StaffTelegramFake.sent(telegram, chat).stream()
                .filter(Call::accepted)
                .toList();
    }

    private List<String> about(long chat, String centre) {
        return accepted(chat).stream()
                .map(Call::text)
                .filter(text -> text.contains(centre))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> problems(Map<String, Object> c) {
        return (List<Map<String, Object>>) c.get("deliveryProblems");
    }

    private static long chatOf(Map<String, Object> c) {
        return ((Number) c.get("chatId")).longValue();
    }
}
