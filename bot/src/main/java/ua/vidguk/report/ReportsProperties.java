package ua.vidguk.report;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keepComments how long the worst comments are kept: a month's are removed once its last
 *     day is this old. Long enough for last year's report to be made in January; the responses
 *     themselves are the conversation module's, and these are never kept longer than they are
 * @param commentsShown how many of the worst comments a report shows
 */
@ConfigurationProperties("vidguk.reports")
record ReportsProperties(
        @DefaultValue("400d") Duration keepComments,
        @DefaultValue("10") int commentsShown) {

    ReportsProperties {
        if (keepComments.toDays() < 31) {
            throw new IllegalArgumentException(
                    "vidguk.reports.keep-comments must be at least 31 days (a month's report), not " + keepComments);
        }
        if (commentsShown < 0 || commentsShown > WorstComments.KEPT) {
            throw new IllegalArgumentException(
                    "vidguk.reports.comments-shown must be 0 to " + WorstComments.KEPT + ", not " + commentsShown);
        }
    }
}
