package ua.vidguk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.MutableClock;
import ua.vidguk.channel.Channel;

/** A campaign's rate holds across instances: sends are spread into slots, none shared, none too close. */
class RateSlotsIntegrationTests {

    final MongoServer server = new MongoServer(H2Backend.inMemory());
    final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    // The clock stands still, so every send of the burst asks at the same moment, as at a window's opening.
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T07:00:00Z"));
    final RateSlots one = new RateSlots(new MongoTemplate(client, "vidguk"), clock);
    final RateSlots other = new RateSlots(new MongoTemplate(client, "vidguk"), clock);

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aBurstFromTwoInstancesIsSpreadAtTheRateWithNoSlotShared() {
        int rate = 100;
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            starts.add((i % 2 == 0 ? one : other).acquire("c1", Channel.SMS, rate));
        }

        List<Instant> sorted = starts.stream().sorted().toList();
        assertThat(sorted).doesNotHaveDuplicates();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(Duration.between(sorted.get(i - 1), sorted.get(i)))
                    .isGreaterThanOrEqualTo(Duration.ofNanos(1_000_000_000L / rate));
        }
        assertThat(sorted.getFirst()).isAfter(clock.instant()); // never the slot already under way
        // Another channel, or another campaign, has slots of its own.
        assertThat(one.acquire("c1", Channel.VIBER, rate)).isBefore(sorted.get(1));
    }

    @Test
    void aSendThatWakesTooLateForItsSlotTakesALaterOne() {
        // A machine so busy that the send wakes 300 ms after its slot opened, once.
        var stalled = new Clock() {
            int reads;

            @Override
            public Instant instant() {
                reads++;
                return reads < 3 ? clock.instant() : clock.instant().plusMillis(300);
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };
        var slots = new RateSlots(new MongoTemplate(client, "vidguk"), stalled);

        Instant start = slots.acquire("c2", Channel.SMS, 50);

        assertThat(start).isAfter(clock.instant().plusMillis(300 - 10)); // not the slot it overslept
    }
}
