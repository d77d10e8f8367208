/**
 * Staff alerts: negative feedback posted to the centre's Telegram staff chat within seconds, taken
 * and resolved there with buttons, escalated to the region's and the ministry's chats when nobody
 * reacts, summed up daily. Owns the staff chats and their one-time link codes, the cases, and the
 * per-chat outbox that keeps each group within Telegram's 20 messages a minute.
 *
 * <p>Hears the conversation's {@link ua.vidguk.conversation.event.NegativeFeedbackReceived} and {@link
 * ua.vidguk.conversation.event.SurveyCompleted}, and the Telegram channel's staff-chat events; talks to
 * Telegram only through {@link ua.vidguk.channel.StaffMessenger}. It must not know
 * sessions, provider ids or how a survey is held.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Staff alerts")
package ua.vidguk.alert;

import org.jspecify.annotations.NullMarked;
