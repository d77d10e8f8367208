package ua.vidguk.figures;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the figures say about one centre or region over a report's period.
 *
 * @param subject the entity's figures, with the period before and its place among its peers (a
 *     centre among its region's centres, a region among the regions)
 * @param peers how many of those peers were ranked (had enough responses)
 * @param region the centre's region over the same period; null in a region's report
 * @param country the whole country over the same period
 * @param weeks the trend by ISO week, every week the period touches, oldest first
 */
public record ReportFigures(
        LocalDate from,
        LocalDate to,
        LocalDate previousFrom,
        LocalDate previousTo,
        int minSample,
        Rating subject,
        int peers,
        @Nullable Headline region,
        Headline country,
        List<Week> weeks) {}
