/**
 * Survey conversations with visitors: the facts a conversation produces, published as past-tense
 * event records ({@link ua.vidguk.conversation.AnswerRecorded}, {@link
 * ua.vidguk.conversation.SurveyCompleted}, {@link ua.vidguk.conversation.NegativeFeedbackReceived},
 * {@link ua.vidguk.conversation.OptedOut}, …) that staff alerts, reports and dispatch listen to, and
 * the callers that store sessions and send what the pure {@code engine} sub-package decides. The
 * events carry plain values (ids, the contact, the channel, canonical answers) so that a listener
 * needs neither the survey file nor the session document; they must not carry rendered texts,
 * provider ids or anything a channel would need to know.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations")
package ua.vidguk.conversation;
