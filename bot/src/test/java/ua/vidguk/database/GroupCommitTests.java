package ua.vidguk.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class GroupCommitTests {

    @Test
    void aLoneWriterCommitsItselfWithoutWaiting() {
        var commits = new AtomicInteger();
        // A delay no test could sit through: a lone writer must not wait for company.
        var group = new GroupCommit(commits::incrementAndGet, Duration.ofHours(1));

        assertThat(group.write(() -> "first")).isEqualTo("first");
        group.write(() -> "second");

        assertThat(commits).hasValue(2);
    }

    @Test
    void aFailedCommitCoversNoWriterAndTheNextWriterCommitsAgain() {
        var attempts = new AtomicInteger();
        var group = new GroupCommit(
                () -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("disk full");
                    }
                },
                Duration.ZERO);

        assertThatThrownBy(() -> group.write(() -> 1)).hasMessage("disk full");
        group.write(() -> 2);

        assertThat(attempts).hasValue(2);
    }

    @Test
    void everyWriterReturnsOnlyAfterACommitThatBeganAfterItsChangeAndWritersShareCommits() throws Exception {
        assertWritersShareDurableCommits(Duration.ZERO);
    }

    @Test
    void aDelayedCommitStillCoversEveryWriterItAcknowledges() throws Exception {
        assertWritersShareDurableCommits(Duration.ofMillis(1));
    }

    /**
     * Stands for the store: a change counts as committed only if it was applied before the commit
     * began. Each writer checks, once released, that a commit covering its change has finished.
     */
    private static void assertWritersShareDurableCommits(Duration delay) throws Exception {
        var applied = new AtomicLong();
        var committedUpTo = new AtomicLong();
        var commits = new AtomicInteger();
        var group = new GroupCommit(
                () -> {
                    long snapshot = applied.get();
                    commits.incrementAndGet();
                    sleepAMoment();
                    committedUpTo.accumulateAndGet(snapshot, Math::max);
                },
                delay);
        int writers = 32;
        int writesEach = 50;
        var start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(writers)) {
            for (int w = 0; w < writers; w++) {
                results.add(pool.submit(() -> {
                    start.await();
                    boolean allDurable = true;
                    for (int i = 0; i < writesEach; i++) {
                        long mine = group.write(applied::incrementAndGet);
                        allDurable &= committedUpTo.get() >= mine;
                    }
                    return allDurable;
                }));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        }
        assertThat(commits.get()).isLessThan(writers * writesEach / 2);
    }

    static void sleepAMoment() {
        // A commit takes time; that is what lets writers pile up behind it.
        LockSupport.parkNanos(1_000_000);
    }
}
