package ua.vidguk.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Removes the worst comments of every month whose last day is {@code vidguk.reports.keep-comments}
 * old: two {@code _id} ranges, because the documents' ids start with their month. A job, because
 * the embedded database has no TTL indexes; instances may run it at once.
 */
@Component
class CommentRetention implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CommentRetention.class);
    private static final Duration EVERY = Duration.ofHours(6);

    private final WorstComments comments;
    private final Duration keep;
    private final Clock clock;

    CommentRetention(WorstComments comments, ReportsProperties properties, Clock clock) {
        this.comments = comments;
        this.keep = properties.keepComments();
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::removeOld, EVERY);
    }

    void removeOld() {
        LocalDate cutoff =
                LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Kyiv")).minusDays(keep.toDays());
        // A month whose last day is before the cutoff: every month before the cutoff's own.
        YearMonth firstKept = YearMonth.from(cutoff);
        try {
            long removed = comments.removeBefore(firstKept);
            if (removed > 0) {
                log.info("Removed the worst comments of {} centre and region months before {}", removed, firstKept);
            }
        } catch (RuntimeException e) {
            log.error("Old worst comments were not removed; trying again in {}", EVERY, e);
        }
    }
}
