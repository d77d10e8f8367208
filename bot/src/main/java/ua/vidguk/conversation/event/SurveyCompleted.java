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
        Instant completedAt)
        implements ConversationEvent {

    public SurveyCompleted {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
