package ua.vidguk.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import ua.vidguk.retention.RetentionJob;

/**
 * Removes the worst comments of every month whose last day is {@code vidguk.reports.keep-comments}
 * old: two {@code _id} ranges, because the documents' ids start with their month. A job, because
 * the embedded database has no TTL indexes.
 */
@Component
class CommentRetention implements RetentionJob {

    private static final Duration EVERY = Duration.ofHours(6);

    private final WorstComments comments;
    private final Duration keep;

    CommentRetention(WorstComments comments, ReportsProperties properties) {
        this.comments = comments;
        this.keep = properties.keepComments();
    }

    @Override
    public Duration every() {
        return EVERY;
    }

    @Override
    public long run(Instant now) {
        LocalDate cutoff = LocalDate.ofInstant(now, ZoneId.of("Europe/Kyiv")).minusDays(keep.toDays());
        // A month whose last day is before the cutoff: every month before the cutoff's own.
        return comments.removeBefore(YearMonth.from(cutoff));
    }
}
