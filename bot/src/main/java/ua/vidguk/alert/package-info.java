/**
 * Staff alerts: negative feedback posted to the centre's Telegram staff chat within seconds, taken
 * and resolved there with buttons, escalated to the region's and the ministry's chats when nobody
 * reacts, summed up daily and on {@code /stats}, and ranked weekly in the region's and the
 * ministry's chats. Owns the cases, their counts and figures per scope, and the per-chat outbox
 * that keeps each group within Telegram's 20 messages a minute and sends elsewhere, said so, what
 * a chat will not take.
 *
 * <p>Hears the conversation's {@link ua.vidguk.conversation.event.NegativeFeedbackReceived} and {@link
 * ua.vidguk.conversation.event.SurveyCompleted}, the Telegram channel's staff-chat events, and
 * {@link ua.vidguk.stafflink.StaffChatLinked}; asks {@link ua.vidguk.stafflink.StaffLinks} which
 * chat serves a scope; reads the weekly rankings from {@link ua.vidguk.figures.Ratings} (figures
 * knows nothing of staff chats); talks to Telegram only through {@link
 * ua.vidguk.channel.StaffMessenger}. It must not know sessions, provider ids, how a survey is held,
 * or how a chat gets linked.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Staff alerts")
package ua.vidguk.alert;

import org.jspecify.annotations.NullMarked;
