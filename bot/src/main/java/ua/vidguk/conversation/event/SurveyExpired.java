package ua.vidguk.conversation.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;

/**
 * A visitor stopped answering and the survey was closed unfinished; no message was sent about it.
 *
 * @param answers the canonical answers given before the silence, possibly none
 * @param expiredAt when the survey was closed
 */
public record SurveyExpired(
        String sessionId,
        String surveyId,
        String cnapCode,
        ContactAddress contact,
        Channel channel,
        Map<String, String> answers,
        Instant startedAt,
        Instant expiredAt)
        implements ConversationEvent {

    public SurveyExpired {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
