/**
 * Reports: a centre's or a region's month, quarter or year, as JSON ({@code
 * /api/v1/reports/...}) and for the console's printable page. The figures come from {@link
 * ua.vidguk.figures.FigureReports}; this module adds the comments that came with the worst overall
 * ratings, which the figures do not hold by design.
 *
 * <p>Owns {@code report_comments}: per centre and per region and Kyiv month, the {@value
 * ua.vidguk.report.WorstComments#KEPT} comments with the lowest overall ratings (1–3), their phone
 * numbers masked before they are stored, kept {@code vidguk.reports.keep-comments}. Hears the
 * conversation's {@link ua.vidguk.conversation.event.SurveyCompleted} and {@link
 * ua.vidguk.conversation.event.SurveyExpired}. Never holds a visitor's contact; must not know
 * sessions, channels or staff chats.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package ua.vidguk.report;

import org.jspecify.annotations.NullMarked;
