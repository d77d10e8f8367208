package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.stafflink.GroupUpdates;
import ua.vidguk.stafflink.StaffTelegramFake;

/** Many alerts at once stay within Telegram's limit for a group, and none is lost; the daily summary. */
class StaffBurstIntegrationTests extends StaffChatTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aBurstOfAHundredAlertsToOneGroupStaysWithinTwentyAMinuteAndLosesNone() {
        centre("BU-1", "ЦНАП м. Лубни", "UA-53");
        long chat = -100_501;
        link(chat, "cnaps/BU-1");
        int confirmation = StaffTelegramFake.sent(telegram, chat).size();

        for (int i = 0; i < 100; i++) {
            negative("BU-1", "+38067200%04d".formatted(i), false);
        }

        // Per minute of the test's clock: messages sent, and whether alerts still waited at its end.
        List<Integer> perMinute = new ArrayList<>();
        List<Integer> fullMinutes = new ArrayList<>();
        int sentBefore = confirmation;
        for (int minute = 0; minute < 10 && waiting(chat) > 0; minute++) {
            int start = sentBefore;
            await().until(() -> settled(chat, start));
            schedule.run(); // a drain of our own: what it leaves waiting, the minute's budget refused
            await().until(() -> settled(chat, start));
            int sent = StaffTelegramFake.sent(telegram, chat).size();
            perMinute.add(sent - sentBefore);
            if (waiting(chat) > 0) {
                fullMinutes.add(sent - sentBefore);
            }
            sentBefore = sent;
            clock.advance(Duration.ofSeconds(61));
            schedule.run();
        }
        int start = sentBefore;
        await().until(() -> settled(chat, start));
        perMinute.add(StaffTelegramFake.sent(telegram, chat).size() - sentBefore);

        assertThat(waiting(chat)).isZero();
        assertThat(perMinute).allSatisfy(count -> assertThat(count).isBetween(0, 20));
        // How many alerts fold depends on how fast they arrive against how fast they go; what
        // holds either way: a minute that ended with alerts still waiting used its whole budget.
        assertThat(fullMinutes).allSatisfy(count -> assertThat(count).isEqualTo(20));
        var messages = StaffTelegramFake.sent(telegram, chat).subList(confirmation, sentBefore + perMinute.getLast());
        long single = messages.stream()
                .filter(m -> m.text().startsWith("⚠️ Негативний відгук"))
                .count();
        var summaries = messages.stream()
                .filter(m -> m.text().startsWith("⚠️ Надійшло багато"))
                .toList();
        long folded = summaries.stream()
                .mapToLong(m -> m.text()
                        .lines()
                        .filter(line -> line.matches("\\d+\\. .*"))
                        .count())
                .sum();
        assertThat(single + folded).isEqualTo(100);
        assertThat(folded).isPositive();
        assertThat(cases("cnapCode=BU-1&delivered=true&limit=1000")).hasSize(100);

        // A folded alert keeps its buttons, numbered as its line, and they work there too.
        var summary = summaries.getFirst();
        var rows = summary.request().path("reply_markup").path("inline_keyboard");
        long lines = summary.text()
                .lines()
                .filter(line -> line.matches("\\d+\\. .*"))
                .count();
        assertThat(rows.size()).isEqualTo((int) lines);
        var first = rows.get(0);
        assertThat(first.get(0).path("text").asString()).isEqualTo("1 · Беру в роботу");
        assertThat(first.get(1).path("text").asString()).isEqualTo("1 · Вирішено");
        String take = first.get(0).path("callback_data").asString();
        deliver(GroupUpdates.press(next(), "cb-folded", chat, summary.messageId(), MEMBER, take));
        assertThat(StaffTelegramFake.answers(telegram, "cb-folded"))
                .singleElement()
                .satisfies(answer ->
                        assertThat(answer.request().path("text").asString()).contains("ваше"));
        assertThat(cases("cnapCode=BU-1&status=TAKEN&limit=1000")).hasSize(1);
    }

    @Test
    void eachCentreChatGetsOneDailySummaryAtTheConfiguredHour() {
        centre("BU-2", "ЦНАП м. Гадяч", "UA-53");
        long chat = -100_502;
        link(chat, "cnaps/BU-2");
        clock.set(TUESDAY_MORNING.plus(Duration.ofHours(9))); // 19:00 in Kyiv, after the summary hour
        for (boolean negative : List.of(false, false, false, true)) {
            events.publishEvent(new SurveyCompleted(
                    "s" + next(),
                    "cnap-visit",
                    "BU-2",
                    ContactAddress.tel(PhoneNumber.parseMobile("+380672001111")),
                    Channel.SMS,
                    Map.of("overall", negative ? "1" : "5"),
                    negative,
                    clock.instant(),
                    clock.instant()));
        }
        int before = StaffTelegramFake.sent(telegram, chat).size();

        schedule.run();
        schedule.run();

        await().until(() -> StaffTelegramFake.sent(telegram, chat).size() == before + 1);
        assertThat(StaffTelegramFake.sent(telegram, chat).getLast().text())
                .contains("Підсумок дня 24.11.2026", "ЦНАП м. Гадяч", "Відповідей: 4", "Задоволених: 75%");
        await().during(Duration.ofMillis(300))
                .until(() -> StaffTelegramFake.sent(telegram, chat).size() == before + 1);
    }

    private long waiting(long chat) {
        return mongo.getCollection("staff_outbox").countDocuments(new Document("chatId", chat));
    }

    /**
     * Nothing in flight: every queued alert is either sent or waiting unclaimed, and every slot
     * taken from the chat's budget this minute has reached Telegram.
     */
    private boolean settled(long chat, int sentBeforeThisMinute) {
        long delivered = mongo.getCollection("cases")
                .countDocuments(new Document("cnapCode", "BU-1").append("deliveredAt", new Document("$ne", null)));
        long leased = mongo.getCollection("staff_outbox")
                .countDocuments(new Document("chatId", chat).append("leasedUntil", new Document("$ne", null)));
        return delivered + waiting(chat) == 100
                && leased == 0
                && slotsTaken(chat) == StaffTelegramFake.sent(telegram, chat).size() - sentBeforeThisMinute;
    }

    private long slotsTaken(long chat) {
        var budget = mongo.getCollection("staff_chat_budget")
                .find(new Document("_id", chat))
                .first();
        var minuteAgo = Date.from(clock.instant().minus(Duration.ofMinutes(1)));
        return budget == null
                ? 0
                : budget.getList("sent", Date.class).stream()
                        .filter(at -> at.after(minuteAgo))
                        .count();
    }
}
