package ua.vidguk.dispatch;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.MutableClock;

/**
 * The campaigns' real rate slots, waited for on a clock only the test moves: a send "waits" for
 * its slot by moving the clock on to the slot's start, so a pass at one invitation a second runs
 * through minutes of the clock in moments. A test may stop the clock before an instant: the sends
 * whose slots open then or later wait until it lets them go, so that it can look at the database,
 * or let another instance look, in the middle of a pass.
 */
final class RateSlotsOnTestClock extends RateSlots {

    private final MutableClock clock;
    private @Nullable Instant stop;
    private int stopped;

    RateSlotsOnTestClock(MongoTemplate mongo, MutableClock clock) {
        super(mongo, clock);
        this.clock = clock;
    }

    @Override
    synchronized void sleepUntil(Instant start) {
        stopped++;
        try {
            while (stop != null && !start.isBefore(stop)) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            stopped--;
        }
        if (clock.instant().isBefore(start)) {
            clock.set(start);
        }
    }

    /** Sends wake when their slot opens, not late: the clock moves only to the slots' starts. */
    @Override
    boolean onTime(Instant start, int perSecond) {
        return true;
    }

    /** From now on, sends whose slots open at {@code at} or later wait for {@link #go()}. */
    synchronized void stopBefore(Instant at) {
        stop = at;
    }

    synchronized void go() {
        stop = null;
        notifyAll();
    }

    /** How many sends wait at the stop now. */
    synchronized int stopped() {
        return stop == null ? 0 : stopped;
    }
}
