package ua.vidguk.conversation.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;

/**
 * A visitor answered every question the survey asked them: the response is final.
 *
 * @param answers canonical answers by question id, in the order they were given
 * @param negative whether the survey's negative rule holds for the answers; if it does, a {@link
 *     NegativeFeedbackReceived} is published alongside
 * @param startedAt when the first question was sent
 * @param completedAt when the last answer arrived
 * @param smsSegments the paid SMS parts sent in the conversation, its thank-you included ({@code
 *     channel.SmsSegments}); 0 for one held on a messenger or the web only
 * @param linkTaken whether an invitation's visitor went on in the browser from its link; both never
 *     null once built (an end stored before they were kept reads as 0 and false)
 */
public record SurveyCompleted(
        String sessionId,
        String surveyId,
        String cnapCode,
        ContactAddress contact,
        Channel channel,
        Map<String, String> answers,
        boolean negative,
        Instant startedAt,
        Instant completedAt,
        Integer smsSegments,
        Boolean linkTaken)
        implements ConversationEvent {

    public SurveyCompleted {
        // Boxed for an end stored (in a session's outbox) before these were kept, which has neither.
        smsSegments = smsSegments == null ? 0 : smsSegments;
        linkTaken = linkTaken != null && linkTaken;
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** A completion that cost no SMS and did not go through an invitation's link. */
    public SurveyCompleted(
            String sessionId,
            String surveyId,
            String cnapCode,
            ContactAddress contact,
            Channel channel,
            Map<String, String> answers,
            boolean negative,
            Instant startedAt,
            Instant completedAt) {
        this(sessionId, surveyId, cnapCode, contact, channel, answers, negative, startedAt, completedAt, 0, false);
    }

    /** The same completion with {@code segments} more SMS parts: those of its own step's messages. */
    public SurveyCompleted withSmsSent(int segments) {
        return new SurveyCompleted(
                sessionId,
                surveyId,
                cnapCode,
                contact,
                channel,
                answers,
                negative,
                startedAt,
                completedAt,
                smsSegments + segments,
                linkTaken);
    }
}
