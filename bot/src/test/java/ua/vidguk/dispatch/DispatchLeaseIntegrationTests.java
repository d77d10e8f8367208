package ua.vidguk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.MutableClock;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.campaign.Campaigns;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.conversation.Inviter;
import ua.vidguk.scheduler.DueQueue;

/**
 * Claims and rate waits: what an instance that stops mid-pass leaves behind, what a pass longer
 * than a lease keeps, and the last look after the wait. The passes are run by the test (Quartz is
 * off), on one SMS a second, with the slots waited for on the test's clock; a lease is 20 s here.
 */
@VidgukIntegrationTest
@Import(DispatchLeaseIntegrationTests.Setup.class)
@TestPropertySource(properties = {"vidguk.dispatch.enabled=false", "vidguk.dispatch.lease=20s"})
class DispatchLeaseIntegrationTests {

    static final Map<String, Object> ALL_DAY = Map.of("opens", "00:00", "closes", "23:59");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    RateSlotsOnTestClock slots;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoConnectionDetails database;

    @Autowired
    InvitationStore invitations;

    @Autowired
    DueQueue queue;

    @Autowired
    Campaigns campaigns;

    @Autowired
    NoRepeat noRepeat;

    @Autowired
    Reminders reminders;

    @Autowired
    OptOuts optOuts;

    @Autowired
    Inviter inviter;

    @Autowired
    DispatchProperties properties;

    DispatchApi dispatch;

    @BeforeEach
    void connect() {
        dispatch = new DispatchApi(
                RestTestClient.bindToServer()
                        .baseUrl("http://localhost:" + port)
                        .defaultHeader("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                        .build(),
                mongo);
        clock.set(DispatchIntegrationTests.FRIDAY_EVENING);
        slots.go();
    }

    @Test
    void aStoppedInstanceLeavesUnknownOnlyWhatMayHaveGoneAndTheRestGoesOnceAfterItsLease() throws Exception {
        String campaign = campaign("LSE-1", ALL_DAY);
        List<String> phones = visits("LSE-1", 8);

        // It sends two, and stops with the two outcomes unrecorded and six waiting for their slots.
        var stopped = new StoppingInstance(2);
        CompletableFuture<Integer> itsPass = inBackground(stopped.dispatcher::dispatchDue);
        assertThat(stopped.arrived.await(1, TimeUnit.MINUTES)).isTrue();
        stopped.kill();
        await().atMost(Duration.ofMinutes(1)).until(itsPass::isDone);
        assertThat(stopped.mayHaveGone).hasSize(2);

        clock.advance(Duration.ofMinutes(1)); // its leases ran out
        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();

        for (int i = 0; i < phones.size(); i++) {
            String id = Invitation.id(campaign, "LSE-1-V" + i);
            var expected = stopped.mayHaveGone.contains(id) ? Invitation.Status.UNKNOWN : Invitation.Status.SENT;
            assertThat(invitations.find(id)).map(Invitation::status).contains(expected);
            assertThat(dispatch.invitationsTo(phones.get(i))).as(id).isOne();
        }
        assertThat(dispatch.progress(campaign)).containsEntry("UNKNOWN", 2).containsEntry("SENT", 6);
    }

    @Test
    void aPassLongerThanTheLeaseKeepsItsClaimsWhileItsSendsWaitForTheirSlots() throws Exception {
        String campaign = campaign("LSE-2", ALL_DAY);
        List<String> phones = visits("LSE-2", 40);
        Instant start = clock.instant();
        Instant later = start.plusSeconds(25); // past the lease its first claims were made with

        slots.stopBefore(later);
        CompletableFuture<Integer> pass = CompletableFuture.supplyAsync(
                dispatcher::dispatchDue, r -> Thread.ofPlatform().daemon().start(r));
        await().atMost(Duration.ofMinutes(1))
                .until(() ->
                        phones.stream().mapToLong(dispatch::invitationsTo).sum() + slots.stopped() == phones.size());
        clock.set(later);
        // Another instance, whose sends would not wait at the stop: were it to take over a claim,
        // the test would see it rather than wait for ever.
        var itsAttempt =
                new SendAttempt(invitations, queue, noRepeat, new RateSlots(mongo, clock), inviter, properties, clock);
        var another = new Dispatcher(queue, invitations, campaigns, itsAttempt, reminders, optOuts, properties, clock);
        assertThat(inBackground(another::dispatchDue).get(1, TimeUnit.MINUTES)).isZero();
        slots.go();

        assertThat(pass.get(1, TimeUnit.MINUTES)).isEqualTo(phones.size());
        assertThat(dispatch.progress(campaign)).containsExactly(Map.entry("SENT", phones.size()));
        assertThat(phones)
                .allSatisfy(phone -> assertThat(dispatch.invitationsTo(phone)).isOne());
    }

    @Test
    void anInvitationWhoseWindowClosesWhileItWaitsForItsSlotWaitsForTheNextOpening() {
        Instant closing = DispatchIntegrationTests.kyiv("2026-11-27T20:00");
        clock.set(closing.minusNanos(1));
        String campaign = campaign("LSE-3", Map.of("opens", "09:00", "closes", "20:00"));
        String phone = visits("LSE-3", 1).getFirst();

        dispatcher.dispatchDue(); // its slot is the first to open at 20:00 or after

        assertThat(dispatch.invitationsTo(phone)).isZero();
        Instant opening = DispatchIntegrationTests.kyiv("2026-11-28T09:00");
        assertThat(invitations.find(Invitation.id(campaign, "LSE-3-V0"))).hasValueSatisfying(invitation -> {
            assertThat(invitation.status()).isEqualTo(Invitation.Status.SCHEDULED);
            assertThat(invitation.dueAt()).isEqualTo(opening);
        });

        clock.set(opening);
        dispatcher.dispatchDue();
        assertThat(dispatch.invitationsTo(phone)).isOne();
        assertThat(dispatch.progress(campaign)).containsExactly(Map.entry("SENT", 1));
    }

    /** On a thread of its own, not the common pool's: a pass may wait at the stop, or for good. */
    static <T> CompletableFuture<T> inBackground(java.util.function.Supplier<T> task) {
        return CompletableFuture.supplyAsync(
                task, run -> Thread.ofPlatform().daemon().start(run));
    }

    /** A campaign of the centre at one SMS a second, due at once, with the usual no-repeat rule. */
    String campaign(String centre, Map<String, Object> window) {
        dispatch.centre(centre);
        return dispatch.campaign(
                centre,
                clock.instant(),
                Map.of("delayAfterVisit", "PT0S", "sendWindow", window, "ratePerSecond", Map.of("SMS", 1)));
    }

    /** Visits {@code <centre>-V0…}, just now; @return their numbers, in E.164 */
    List<String> visits(String centre, int count) {
        int series = Integer.parseInt(centre.substring(centre.length() - 1));
        List<String> phones = IntStream.range(0, count)
                .mapToObj(i -> String.format("+38067%d%06d", series, i))
                .toList();
        dispatch.visits(IntStream.range(0, count)
                .mapToObj(i -> DispatchApi.visit(centre + "-V" + i, centre, phones.get(i), clock.instant()))
                .toList());
        return phones;
    }

    /**
     * Another instance on the same database that stops for good mid-pass, as after {@code kill -9}:
     * its first sends go out and it stops before recording them; the others it stops while they
     * wait for their rate slots. Its own connection is closed, so nothing more of it reaches the
     * database.
     */
    final class StoppingInstance {

        final CountDownLatch arrived = new CountDownLatch(8);
        final Set<String> mayHaveGone = ConcurrentHashMap.newKeySet();
        final Dispatcher dispatcher;
        private final MongoClient client = MongoClients.create(database.getConnectionString());
        private final CountDownLatch killed = new CountDownLatch(1);

        StoppingInstance(int sends) {
            var itsMongo = new MongoTemplate(client, mongo.getDb().getName());
            var itsQueue = new DueQueue(itsMongo, "due_queue");
            var slotsLeft = new AtomicInteger(sends);
            var itsInvitations = new InvitationStore(itsMongo) {
                @Override
                Optional<Invitation> sent(String id, Channel channel, String sessionId, Instant at) {
                    mayHaveGone.add(id);
                    return stopHere();
                }
            };
            var itsSlots = new RateSlots(itsMongo, clock) {
                @Override
                Instant takeSlot(String campaignId, Channel channel, int perSecond) {
                    Instant slot = super.takeSlot(campaignId, channel, perSecond);
                    return slotsLeft.getAndDecrement() > 0 ? slot : stopHere();
                }

                @Override
                void sleepUntil(Instant instant) {
                    // Its first slots are taken as open: the clock stands still meanwhile.
                }
            };
            var itsAttempt = new SendAttempt(
                    itsInvitations, itsQueue, new NoRepeat(itsMongo), itsSlots, inviter, properties, clock);
            dispatcher = new Dispatcher(
                    itsQueue, itsInvitations, campaigns, itsAttempt, reminders, optOuts, properties, clock);
        }

        private <T> T stopHere() {
            arrived.countDown();
            try {
                killed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new Stopped();
        }

        void kill() {
            client.close();
            killed.countDown();
        }
    }

    /** What unwinds a stopped instance's threads: no code of its own runs on the way. */
    static final class Stopped extends Error {}

    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(DispatchIntegrationTests.FRIDAY_EVENING);
        }

        @Bean
        @Primary
        RateSlotsOnTestClock rateSlotsOnTestClock(MongoTemplate mongo, MutableClock clock) {
            return new RateSlotsOnTestClock(mongo, clock);
        }
    }
}
