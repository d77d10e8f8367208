package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.stafflink.GroupUpdates;

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

    SurveyCompleted completed(String cnapCode, String phone, boolean negative) {
        return new SurveyCompleted(
                UUID.randomUUID().toString().substring(0, 10),
                "cnap-visit",
                cnapCode,
                ContactAddress.tel(PhoneNumber.parseMobile(phone)),
                Channel.SMS,
                Map.of("overall", negative ? "1" : "5"),
                negative,
                clock.instant().minus(Duration.ofMinutes(5)),
                clock.instant());
    }
}
