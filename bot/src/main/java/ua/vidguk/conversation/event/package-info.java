/**
 * What the conversation feature tells the rest of Vidguk: one past-tense record per fact a survey
 * conversation produced ({@link AnswerRecorded}, {@link SurveyCompleted}, {@link
 * NegativeFeedbackReceived}, {@link OptedOut}, …), all of them {@link ConversationEvent}s.
 *
 * <p>The records carry plain values (ids, the contact, the channel, canonical answers) so that a
 * listener needs neither the survey file nor the session document. They must not carry rendered
 * texts, provider ids or anything a channel would need to know, and this package imports nothing
 * of the conversation feature: the engine produces these records without knowing its callers.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("events")
package ua.vidguk.conversation.event;

import org.jspecify.annotations.NullMarked;
