/**
 * Figures and ratings: every ended survey counted once into its centre's day, month and year
 * (responses, channels, and per question the answers, their values and the skips), its region's,
 * and its administrator's month and year when the visit named one, and the
 * ratings of centres, cities, regions and the country read from those figures, never from the raw
 * responses. For the pages: {@link ua.vidguk.figures.PublicRatings} (the only part published to
 * anyone), {@link ua.vidguk.figures.ScopeFigures} (a scope's trend and questions) and {@link
 * ua.vidguk.figures.Period}; the figures of a centre's or a region's report ({@link
 * ua.vidguk.figures.FigureReports}: against its region and the country, by ISO week).
 *
 * <p>Hears the conversation's {@link ua.vidguk.conversation.event.SurveyCompleted}, {@link
 * ua.vidguk.conversation.event.SurveyExpired} and {@link ua.vidguk.conversation.event.SurveyClosed};
 * is told by the staff alerts ({@link ua.vidguk.figures.ResolvedCases}) which negative responses'
 * cases were resolved, and whether in time; looks a centre's region and city up in {@link
 * ua.vidguk.cnap.CnapRegistry}, a question's type in {@link ua.vidguk.survey.Surveys}, and the
 * administrator who served a survey's visit in {@link ua.vidguk.dispatch.InvitedVisits}. It holds
 * no visitor's personal data: no contact, no text a visitor wrote, only counts; the one name it
 * keeps is an administrator's, beside their counts, read only by their centre's head ({@link
 * ua.vidguk.figures.AdministratorRatings}). It must not know sessions, channels' providers or
 * staff chats.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Figures")
package ua.vidguk.figures;

import org.jspecify.annotations.NullMarked;
