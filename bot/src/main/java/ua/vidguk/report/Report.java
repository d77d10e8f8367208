package ua.vidguk.report;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ua.vidguk.figures.ReportFigures;

/**
 * A centre's or a region's report over a month, quarter or year.
 *
 * @param kind {@code centre} or {@code region}
 * @param id the centre's code or the region's code
 * @param figures the entity's figures with the period before, its place among its peers, its
 *     region's and the country's headline figures, the trend by week
 * @param problems what went wrong, the options of the choice questions, most named first
 * @param worstComments the comments that came with the lowest overall ratings (1–3), lowest first,
 *     phone numbers hidden; never the visitor's contact
 */
public record Report(
        String kind,
        String id,
        String name,
        @Nullable String region,
        @Nullable String regionName,
        @Nullable String city,
        ReportPeriod period,
        ReportFigures figures,
        List<Problem> problems,
        List<Comment> worstComments) {

    /**
     * @param option the option's id in the survey
     * @param share of the period's responses that named it
     */
    public record Problem(String option, String nameUk, String nameEn, long count, double share) {}

    /**
     * @param cnap the centre it came from (in a region's report, any of the region's centres)
     * @param overall the overall rating, 1–3
     */
    public record Comment(String cnap, String centre, int overall, String text, Instant at) {}
}
