package ua.vidguk.alert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The sweep that catches up on whatever the immediate path left: messages that waited for a
 * chat's budget, cases without a chat, escalations, the daily summary, the weekly digest. A small fixed-delay task
 * rather than Quartz: everything it does is idempotent, so instances may sweep at once.
 */
@Component
class AlertSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AlertSchedule.class);

    private final CaseSweep cases;
    private final OutboxDrain outbox;
    private final DailySummaries summaries;
    private final WeeklyDigests digests;
    private final AlertProperties properties;

    AlertSchedule(
            CaseSweep cases,
            OutboxDrain outbox,
            DailySummaries summaries,
            WeeklyDigests digests,
            AlertProperties properties) {
        this.cases = cases;
        this.outbox = outbox;
        this.summaries = summaries;
        this.digests = digests;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::run, properties.sweepEvery());
    }

    void run() {
        try {
            cases.sweep();
            summaries.sendIfDue();
            digests.sendIfDue();
            outbox.drainAll();
        } catch (RuntimeException e) {
            log.error("The staff alert sweep failed; it runs again in {}", properties.sweepEvery(), e);
        }
    }
}
