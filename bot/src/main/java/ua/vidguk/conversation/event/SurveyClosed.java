package ua.vidguk.conversation.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;

/**
 * The survey was closed with a polite message because the visitor's replies to its first
 * question were not answers, even after the re-prompts: typically someone who does not recognise
 * the survey. Nothing was recorded.
 *
 * @param questionId the question that got no usable answer
 * @param answers the canonical answers given before, possibly none
 * @param closedAt when the last reply arrived
 */
public record SurveyClosed(
        String sessionId,
        String surveyId,
        String cnapCode,
        ContactAddress contact,
        Channel channel,
        String questionId,
        Map<String, String> answers,
        Instant startedAt,
        Instant closedAt)
        implements ConversationEvent {

    public SurveyClosed {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
