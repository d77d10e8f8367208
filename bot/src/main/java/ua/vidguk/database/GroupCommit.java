package ua.vidguk.database;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets concurrent writers share commits. A writer whose change is applied calls {@link
 * #awaitDurable()}: if no commit is under way it commits itself, covering every change applied so
 * far; otherwise it waits for the commit under way and, if that started before its change, for
 * the next, which one of the waiting writers performs. Every writer returns only once a commit
 * that began after its change has finished, so "acknowledged" still means "committed", with one
 * commit per group of writers instead of one per write.
 */
final class GroupCommit {

    private final Runnable commit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private long applied;
    private long durable;
    private boolean committing;

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Call after a change is applied, before it is acknowledged. */
    void awaitDurable() {
        lock.lock();
        try {
            long mine = ++applied;
            while (durable < mine) {
                if (committing) {
                    finished.awaitUninterruptibly();
                    continue;
                }
                committing = true;
                long covered = applied;
                lock.unlock();
                boolean committed = false;
                try {
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
}
