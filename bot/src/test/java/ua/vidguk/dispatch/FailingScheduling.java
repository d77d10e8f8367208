package ua.vidguk.dispatch;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import ua.vidguk.campaign.CampaignChanged;
import ua.vidguk.visit.VisitsAccepted;

/**
 * Heard before dispatch's own listeners and fails while {@link #FAILURES_LEFT} lasts: a broken
 * listener of reported visits and of campaign changes.
 */
@TestComponent
class FailingScheduling {

    static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(VisitsAccepted accepted) {
        fail();
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(CampaignChanged changed) {
        fail();
    }

    private static void fail() {
        if (FAILURES_LEFT.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new IllegalStateException("Scheduling failed, as the test asked");
        }
    }
}
