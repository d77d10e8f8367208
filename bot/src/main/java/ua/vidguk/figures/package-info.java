/**
 * Figures and ratings: every ended survey counted once into its centre's day, month and year
 * (responses, channels, and per question the answers, their values and the skips), and the
 * ratings of centres, cities, regions and the country read from those figures, never from the raw
 * responses; and the figures of a centre's or a region's report ({@link
 * ua.vidguk.figures.FigureReports}: against its region and the country, by ISO week).
 *
 * <p>Hears the conversation's {@link ua.vidguk.conversation.event.SurveyCompleted}, {@link
 * ua.vidguk.conversation.event.SurveyExpired} and {@link ua.vidguk.conversation.event.SurveyClosed};
 * looks a centre's region and city up in {@link ua.vidguk.cnap.CnapRegistry} and a question's type
 * in {@link ua.vidguk.survey.Surveys}. It holds no personal data: no contact, no text a visitor
 * wrote, only counts. It must not know sessions, channels' providers or staff chats.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Figures")
package ua.vidguk.figures;

import org.jspecify.annotations.NullMarked;
