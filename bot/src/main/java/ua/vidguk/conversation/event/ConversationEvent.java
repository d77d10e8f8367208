package ua.vidguk.conversation.event;

import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;

/**
 * A fact a survey conversation produced. Every event names the contact and the channel it
 * happened on, so that a listener can act without reading the session.
 */
public sealed interface ConversationEvent
        permits AnswerRecorded,
                SurveyCompleted,
                NegativeFeedbackReceived,
                SurveyExpired,
                SurveyClosed,
                OptedOut,
                MessageDelivered,
                OptedIn {

    /** Who the conversation is with: the address the survey was sent to. */
    ContactAddress contact();

    /** The channel the conversation was on when the event happened. */
    Channel channel();
}
