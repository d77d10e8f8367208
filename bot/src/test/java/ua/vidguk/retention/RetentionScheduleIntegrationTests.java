package ua.vidguk.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.MutableClock;
import ua.vidguk.VidgukIntegrationTest;

@VidgukIntegrationTest
class RetentionScheduleIntegrationTests {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    List<RetentionJob> jobs;

    @Test
    void aJobRunsOncePerPeriodHoweverManyInstancesLook() {
        var clock = new MutableClock(Instant.parse("2031-03-01T10:00:00Z"));
        var job = new CountingJob("rs-once", false);
        var one = new RetentionSchedule(List.of(job), mongo, clock);
        var other = new RetentionSchedule(List.of(job), mongo, clock);

        assertThat(one.runIfClaimed(job)).isTrue();
        clock.advance(Duration.ofHours(5));
        assertThat(other.runIfClaimed(job)).isFalse();
        assertThat(one.runIfClaimed(job)).isFalse();
        clock.advance(Duration.ofHours(10));
        assertThat(other.runIfClaimed(job)).as("the next day").isTrue();

        assertThat(job.runs.get()).isEqualTo(2);
    }

    @Test
    void aFailedRunGivesItsClaimBackSoThatTheNextLookTriesAgain() {
        var clock = new MutableClock(Instant.parse("2031-04-01T10:00:00Z"));
        var failing = new CountingJob("rs-failing", true);
        var schedule = new RetentionSchedule(List.of(failing), mongo, clock);

        assertThat(schedule.runIfClaimed(failing)).isTrue();
        assertThat(schedule.runIfClaimed(failing)).isTrue();

        assertThat(failing.runs.get()).isEqualTo(2);
    }

    @Test
    void twoJobsOfTheSameNameAreRefused() {
        assertThatThrownBy(() -> new RetentionSchedule(
                        List.of(new CountingJob("rs-twice", false), new CountingJob("rs-twice", false)),
                        mongo,
                        Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyJobKeepsTheOptOutsTheyAreKeptOnPurpose() {
        mongo.getCollection("opt_outs")
                .insertOne(new Document("_id", "tel:+380675550001")
                        .append("since", Date.from(Instant.parse("2001-01-01T00:00:00Z")))
                        .append("source", "STOP"));

        jobs.forEach(job -> job.run(Instant.now()));

        assertThat(mongo.getCollection("opt_outs")
                        .find(new Document("_id", "tel:+380675550001"))
                        .first())
                .isNotNull();
    }

    private static final class CountingJob implements RetentionJob {

        final AtomicInteger runs = new AtomicInteger();
        private final String name;
        private final boolean fails;

        CountingJob(String name, boolean fails) {
            this.name = name;
            this.fails = fails;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Duration every() {
            return Duration.ofDays(1);
        }

        @Override
        public long run(Instant now) {
            runs.incrementAndGet();
            if (fails) {
                throw new IllegalStateException("a failing job of the test");
            }
            return 1;
        }
    }
}
