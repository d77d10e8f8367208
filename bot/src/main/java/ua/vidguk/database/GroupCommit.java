package ua.vidguk.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets concurrent writers share commits. A writer applies its change inside {@link #write}, which
 * returns only once a commit that began after the change has finished: if no commit is under way
 * the writer commits itself, covering every change applied so far; otherwise it waits for the
 * commit under way and, if that started before its change, for the next, which one of the waiting
 * writers performs. So "acknowledged" still means "committed", with one commit per group of
 * writers instead of one per write.
 *
 * <p>A writer about to commit while many other writes are in flight first waits {@code delay} for
 * them to join (PostgreSQL's {@code commit_delay} with {@code commit_siblings}): every commit
 * writes a new chunk, its page tree and the store's chunk list, so fewer, larger commits cost less
 * CPU per write (docs/benchmarks.md). A lone writer, or a few, never wait.
 */
final class GroupCommit {

    // Fewer writes in flight than this gain less from waiting than the wait costs them: 8 writers
    // inserting lost a third of their rate to a 1 ms delay (docs/benchmarks.md).
    static final int SIBLINGS = 8;

    private final Runnable commit;
    private final long delayNanos;
    private final AtomicInteger writing = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private long applied;
    private long durable;
    private boolean committing;

    GroupCommit(Runnable commit, Duration delay) {
        this.commit = commit;
        this.delayNanos = delay.toNanos();
    }

    /** Applies a change and returns its result once the change is committed. */
    <T> T write(Supplier<T> change) {
        writing.incrementAndGet();
        try {
            T result = change.get();
            awaitDurable();
            return result;
        } finally {
            writing.decrementAndGet();
        }
    }

    private void awaitDurable() {
        lock.lock();
        try {
            long mine = ++applied;
            while (durable < mine) {
                if (committing) {
                    finished.awaitUninterruptibly();
                    continue;
                }
                committing = true;
                lock.unlock();
                boolean committed = false;
                long covered = 0;
                try {
                    if (delayNanos > 0 && writing.get() > SIBLINGS) {
                        LockSupport.parkNanos(delayNanos);
                    }
                    covered = appliedSoFar();
                    commit.run();
                    committed = true;
                } finally {
                    lock.lock();
                    committing = false;
                    // A failed commit covers nothing: a waiting writer takes its turn and tries again.
                    if (committed) {
                        durable = Math.max(durable, covered);
                    }
                    finished.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private long appliedSoFar() {
        lock.lock();
        try {
            return applied;
        } finally {
            lock.unlock();
        }
    }
}
