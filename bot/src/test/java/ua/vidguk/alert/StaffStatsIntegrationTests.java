package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.stafflink.GroupUpdates;
import ua.vidguk.stafflink.StaffTelegramFake;

/** The figures staff read count each completed survey once, however often its end is heard. */
class StaffStatsIntegrationTests extends StaffChatTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void aCompletionHeardAgainAfterAFailureIsCountedOnceInTheCentreTheRegionAndTheCountry() {
        centre("ST-1", "ЦНАП м. Ізюм", "UA-63");
        long centreChat = -100_401;
        long regionChat = -100_402;
        link(centreChat, "cnaps/ST-1");
        link(regionChat, "regions/UA-63");

        var satisfied = completed("ST-1", "+380671110041", false);
        events.publishEvent(satisfied);
        events.publishEvent(satisfied); // its end published again, as after a listener's failure
        events.publishEvent(completed("ST-1", "+380671110042", true));

        deliver(GroupUpdates.text(next(), centreChat, MEMBER, "/stats"));
        assertThat(lastTo(centreChat)).contains("За 7 днів: відповідей 2, задоволених 50%");
        deliver(GroupUpdates.text(next(), regionChat, MEMBER, "/stats"));
        assertThat(lastTo(regionChat)).contains("За 7 днів: відповідей 2, задоволених 50%");
    }

    @Test
    void aBusyDayRemembersOnlyItsLastCompletionsSoCountingStaysCheapAndARepetitionStillCountsOnce() {
        centre("ST-2", "ЦНАП м. Полтава", "UA-53");
        long centreChat = -100_403;
        link(centreChat, "cnaps/ST-2");
        SurveyCompleted last = null;
        for (int i = 0; i < StaffStats.REMEMBERED + 50; i++) {
            last = completed("ST-2", "+38067111" + String.format("%04d", i), false);
            events.publishEvent(last);
        }
        events.publishEvent(last);

        deliver(GroupUpdates.text(next(), centreChat, MEMBER, "/stats"));
        assertThat(lastTo(centreChat)).contains("За 7 днів: відповідей " + (StaffStats.REMEMBERED + 50));
        var day = mongo.getCollection(StaffStats.COLLECTION)
                .find(new org.bson.Document("_id", new org.bson.Document("$regex", "^cnap:ST-2\\|")))
                .first();
        assertThat(day.getList("counted", String.class)).hasSize(StaffStats.REMEMBERED);
    }

    @Test
    void theDailySummaryAndStatsCountPositiveResponsesThoseRatedFourOrFiveAndNotNegative() {
        centre("ST-3", "ЦНАП м. Лохвиця", "UA-53");
        long centreChat = -100_404;
        link(centreChat, "cnaps/ST-3");
        clock.set(Instant.parse("2027-01-06T17:00:00Z")); // a Wednesday, 19:00 in Kyiv: after the summary hour
        events.publishEvent(completed("ST-3", "+380671110051", "5", false));
        events.publishEvent(completed("ST-3", "+380671110052", "4", false));
        events.publishEvent(completed("ST-3", "+380671110053", "3", false)); // satisfied, not positive
        events.publishEvent(completed("ST-3", "+380671110054", "4", true)); // another answer made it negative
        events.publishEvent(completed("ST-3", "+380671110055", "1", true));
        int before = StaffTelegramFake.sent(telegram, centreChat).size();

        schedule.run();

        await().until(() -> StaffTelegramFake.sent(telegram, centreChat).size() == before + 1);
        assertThat(lastTo(centreChat))
                .contains(
                        "Підсумок дня 06.01.2027",
                        "Відповідей: 5",
                        "Задоволених: 60%",
                        "👍 Позитивних (загальна оцінка 4–5): 2");
        deliver(GroupUpdates.text(next(), centreChat, MEMBER, "/stats"));
        assertThat(lastTo(centreChat)).contains("За 7 днів: відповідей 5, задоволених 60%, 👍 позитивних 2");
    }

    SurveyCompleted completed(String cnapCode, String phone, boolean negative) {
        return completed(cnapCode, phone, negative ? "1" : "5", negative);
    }

    SurveyCompleted completed(String cnapCode, String phone, String overall, boolean negative) {
        return new SurveyCompleted(
                UUID.randomUUID().toString().substring(0, 10),
                "cnap-visit",
                cnapCode,
                ContactAddress.tel(PhoneNumber.parseMobile(phone)),
                Channel.SMS,
                Map.of("overall", overall),
                negative,
                clock.instant().minus(Duration.ofMinutes(5)),
                clock.instant());
    }
}
