package ua.vidguk.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class DueQueueIntegrationTests {

    final MongoServer server = new MongoServer(H2Backend.inMemory());
    final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final DueQueue queue = new DueQueue(new MongoTemplate(client, "vidguk"), "due_queue");
    final Instant now = Instant.parse("2026-11-24T10:00:00Z");

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void onlyWhatIsDueComesBackOldestFirstAndTheSameWorkIsNotQueuedTwiceForATime() {
        queue.add(now.plusSeconds(60), "later");
        queue.add(now.minusSeconds(5), "late");
        queue.add(now, "on-time");
        queue.add(now.minus(Duration.ofDays(400)), "very-late");

        assertThat(queue.add(now, "on-time")).isFalse();
        assertThat(queue.due(now, 10)).extracting(DueQueue.Entry::work).containsExactly("very-late", "late", "on-time");
        assertThat(queue.due(now, 2)).hasSize(2);
    }

    @Test
    void concurrentInstancesClaimEachEntryExactlyOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            queue.add(now.minusMillis(i), "invitation-" + i);
        }
        var claimed = new ConcurrentLinkedQueue<String>();
        var start = new CountDownLatch(1);
        try (var instances = Executors.newFixedThreadPool(4)) {
            var running = new ArrayList<java.util.concurrent.Future<?>>();
            for (int instance = 0; instance < 4; instance++) {
                String owner = "instance-" + instance;
                running.add(instances.submit(() -> {
                    start.await();
                    for (DueQueue.Entry entry : queue.due(now, 500)) {
                        queue.claim(entry, owner, now.plusSeconds(30)).ifPresent(mine -> claimed.add(mine.work()));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var instance : running) {
                instance.get();
            }
        }
        assertThat(claimed).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void aClaimWhoseLeaseRanOutIsTakenOverByOneInstanceAndAHandledEntryIsGone() {
        queue.add(now, "invitation-1");
        var entry = queue.due(now, 1).getFirst();
        var first = queue.claim(entry, "crashed", now.plusSeconds(30)).orElseThrow();

        assertThat(queue.claim(entry, "other", now.plusSeconds(30))).isEmpty();
        assertThat(queue.takeOver(first, "other", now.plusSeconds(10), now.plusSeconds(60)))
                .isEmpty();
        Instant later = now.plusSeconds(31);
        List<DueQueue.Entry> stale = queue.due(later, 10);
        var takenOver = queue.takeOver(stale.getFirst(), "survivor", later, later.plusSeconds(30));
        assertThat(takenOver).map(DueQueue.Entry::owner).contains("survivor");
        assertThat(queue.takeOver(stale.getFirst(), "third", later, later.plusSeconds(30)))
                .isEmpty();

        queue.remove(takenOver.orElseThrow());
        assertThat(queue.due(later, 10)).isEmpty();
    }

    @Test
    void aRenewedClaimIsNotTakenOverAndALostOneCannotBeRenewed() {
        queue.add(now, "invitation-2");
        var entry = queue.due(now, 1).getFirst();
        var claimed = queue.claim(entry, "slow", now.plusSeconds(30)).orElseThrow();

        assertThat(queue.renew(claimed, "slow", now.plusSeconds(90))).isPresent();
        Instant later = now.plusSeconds(60);
        assertThat(queue.takeOver(queue.due(later, 1).getFirst(), "other", later, later.plusSeconds(30)))
                .isEmpty();

        Instant muchLater = now.plusSeconds(120);
        assertThat(queue.takeOver(queue.due(muchLater, 1).getFirst(), "other", muchLater, muchLater.plusSeconds(30)))
                .isPresent();
        assertThat(queue.renew(claimed, "slow", muchLater.plusSeconds(90))).isEmpty();
    }
}
