package ua.vidguk.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.node.ObjectNode;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Conversations;
import ua.vidguk.stafflink.StaffGroupTest;
import ua.vidguk.stafflink.StaffTelegramFake;

/**
 * QR codes' surveys in Telegram, opened by a scripted account: the hourly limit per account and
 * centre ({@code vidguk.limits.messenger-per-hour}, 3 by default), against the real webhook and a
 * fake Bot API, on the application's clock.
 */
class EntryLimitsIntegrationTests extends StaffGroupTest {

    private static final String FIRST_QUESTION = "загалом оцінюєте";
    private static final String LIMITED = "кілька разів починали опитування";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Conversations conversations;

    @Autowired
    LimitRetention retention;

    @Autowired
    EntryLimits limits;

    @Test
    void aScriptedAccountIsStoppedAfterTheHourlyLimitOfQrSurveysAboutOneCentreAndToldWhy() {
        centre("LIM-1", "ЦНАП м. Лімітне", "UA-32");
        long account = 777_001;
        for (int survey = 0; survey < 3; survey++) {
            assertThat(startAndAbandon(account, "LIM-1")).contains(FIRST_QUESTION);
        }

        deliver(inPrivate(next(), account, "/start LIM-1"));

        assertThat(lastTo(account)).contains(LIMITED).doesNotContain(FIRST_QUESTION);
        assertThat(mongo.getCollection("sessions")
                        .find(new Document("_id", "telegram:" + account))
                        .first())
                .as("no survey was opened")
                .isNull();
        // The refused entries count too: trying again the same hour stays refused.
        deliver(inPrivate(next(), account, "/start LIM-1"));
        assertThat(lastTo(account)).contains(LIMITED);
    }

    @Test
    void theLimitIsCountedPerCentreAndPerHour() {
        centre("LIM-2", "ЦНАП м. Перше", "UA-32");
        centre("LIM-3", "ЦНАП м. Друге", "UA-32");
        long account = 777_002;
        for (int survey = 0; survey < 3; survey++) {
            startAndAbandon(account, "LIM-2");
        }
        deliver(inPrivate(next(), account, "/start LIM-2"));
        assertThat(lastTo(account)).contains(LIMITED);

        assertThat(startAndAbandon(account, "LIM-3")).as("another centre").contains(FIRST_QUESTION);

        clock.advance(Duration.ofHours(1));
        assertThat(startAndAbandon(account, "LIM-2")).as("the next hour").contains(FIRST_QUESTION);
    }

    @Test
    void anInvitationsTokenIsNotLimited() {
        centre("LIM-4", "ЦНАП м. Запрошене", "UA-32");
        long account = 777_004;
        for (int survey = 0; survey < 3; survey++) {
            startAndAbandon(account, "LIM-4");
        }
        var phone = ContactAddress.tel(PhoneNumber.parseMobile("+380671230404"));
        conversations.start(phone, Channel.SMS, "LIM-4");
        String token = mongo.getCollection("visit_tokens")
                .find(new Document("contact", phone.uri()))
                .first()
                .getString("_id");

        deliver(inPrivate(next(), account, "/start " + token));

        assertThat(lastTo(account)).contains(FIRST_QUESTION);
        assertThat(mongo.getCollection("sessions")
                        .find(new Document("_id", "telegram:" + account))
                        .first())
                .isNotNull();
    }

    @Test
    void countersHoldOnlyAHashOfTheAccountAndAreRemovedOnceTheirHourIsLongOver() {
        centre("LIM-5", "ЦНАП м. Забудькувате", "UA-32");
        long account = 777_005;
        startAndAbandon(account, "LIM-5");
        List<String> ids = counters("LIM-5");
        assertThat(ids)
                .singleElement()
                .satisfies(id ->
                        assertThat(id).startsWith("2026-11-24T08|m|LIM-5|").doesNotContain(Long.toString(account)));

        clock.advance(Duration.ofMinutes(90));
        retention.run(clock.instant());
        assertThat(counters("LIM-5")).as("kept through the next hour").hasSize(1);

        clock.advance(Duration.ofMinutes(30));
        retention.run(clock.instant());
        assertThat(counters("LIM-5")).isEmpty();
    }

    @Test
    void aWebClientAddressIsAdmittedTenTimesAnHourPerCentreAndToldWhenToComeBack() {
        for (int entry = 1; entry <= 10; entry++) {
            assertThat(limits.admit("LIM-W1", EntryKind.WEB_ADDRESS, "203.0.113.7")
                            .admitted())
                    .isTrue();
        }
        clock.advance(Duration.ofMinutes(45));

        Admission eleventh = limits.admit("LIM-W1", EntryKind.WEB_ADDRESS, "203.0.113.7");

        assertThat(eleventh.admitted()).isFalse();
        assertThat(eleventh.count()).isEqualTo(11);
        assertThat(eleventh.limit()).isEqualTo(10);
        assertThat(eleventh.resetsAt()).isEqualTo(TUESDAY_MORNING.plus(Duration.ofHours(1)));
        assertThat(eleventh.retryAfterSeconds(clock.instant())).isEqualTo(15 * 60);
        assertThat(limits.admit("LIM-W1", EntryKind.WEB_ADDRESS, "203.0.113.8").admitted())
                .as("another address")
                .isTrue();
        assertThat(limits.admit("LIM-W1", EntryKind.MESSENGER, "203.0.113.7").admitted())
                .as("another kind")
                .isTrue();
    }

    @Test
    void entriesAtOnceAreEachCountedSoExactlyTheLimitIsAdmitted() throws Exception {
        int entries = 24;
        var start = new CountDownLatch(1);
        List<Future<Admission>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(entries)) {
            for (int entry = 0; entry < entries; entry++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return limits.admit("LIM-W2", EntryKind.WEB_ADDRESS, "198.51.100.1");
                }));
            }
            start.countDown();
            List<Admission> admissions = new ArrayList<>();
            for (Future<Admission> answer : answers) {
                admissions.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(admissions.stream().filter(Admission::admitted)).hasSize(10);
            assertThat(admissions.stream().map(Admission::count))
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, entries).boxed().toList());
        }
    }

    /** Opens the centre's survey and ends it with three replies that are not answers. */
    private String startAndAbandon(long account, String centre) {
        deliver(inPrivate(next(), account, "/start " + centre));
        String first = lastTo(account);
        if (first.contains(FIRST_QUESTION)) {
            for (int reply = 0; reply < 3; reply++) {
                deliver(inPrivate(next(), account, "ммм"));
            }
            assertThat(mongo.getCollection("sessions")
                            .find(new Document("_id", "telegram:" + account))
                            .first())
                    .as("the survey was closed")
                    .isNull();
        }
        return first;
    }

    private List<String> counters(String centre) {
        return mongo
                .getCollection(EntryLimits.COLLECTION)
                .find()
                .map(document -> document.getString("_id"))
                .into(new ArrayList<>())
                .stream()
                .filter(id -> id.contains("|" + centre + "|"))
                .toList();
    }

    /** A visitor's message in their own chat with the bot. */
    private static String inPrivate(long updateId, long chatId, String text) {
        ObjectNode update = StaffTelegramFake.JSON.createObjectNode().put("update_id", updateId);
        ObjectNode message = update.putObject("message");
        message.put("message_id", (int) (updateId % 1_000_000))
                .put("date", 1764000000)
                .put("text", text);
        message.putObject("chat").put("id", chatId).put("type", "private");
        message.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "Скрипт");
        return update.toString();
    }
}
