package ua.vidguk.conversation.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;

/**
 * A response is negative (the survey's {@code negative-when} rule holds): the centre's staff should
 * hear of it. Published exactly once per conversation: when the survey completes, or when it ends
 * early (expired, opted out, closed) with answers that are already negative.
 *
 * @param visit the visit an invitation asked about (its reported number, time and service), or
 *     {@code null} for a survey no invitation opened (a QR code at the centre)
 * @param answers canonical answers by question id, in the order they were given
 * @param negativeQuestionIds the questions whose answers made the response negative, in survey
 *     order
 * @param callbackConsent the visitor agreed to be called back (the {@code callback-consent}
 *     question was answered "yes"); only then may staff see the full number
 * @param comment the visitor's free comment, or {@code null} when there is none
 * @param partial the conversation ended before the survey was complete
 * @param startedAt when the first question was sent
 * @param receivedAt when the response became final: the last answer, or the end of the
 *     conversation for a partial one
 */
public record NegativeFeedbackReceived(
        String sessionId,
        String surveyId,
        String cnapCode,
        ContactAddress contact,
        Channel channel,
        @Nullable InvitedVisit visit,
        Map<String, String> answers,
        List<String> negativeQuestionIds,
        boolean callbackConsent,
        @Nullable String comment,
        boolean partial,
        Instant startedAt,
        Instant receivedAt)
        implements ConversationEvent {

    public NegativeFeedbackReceived {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        negativeQuestionIds = List.copyOf(negativeQuestionIds);
    }
}
