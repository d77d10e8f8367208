package ua.vidguk.conversation.event;

import java.time.Instant;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;

/**
 * A visitor answered one question, or the question was skipped.
 *
 * @param sessionId the conversation's id
 * @param surveyId the survey the question belongs to
 * @param cnapCode the centre the survey is about
 * @param questionId the question answered
 * @param answer the canonical answer (see {@link ua.vidguk.survey.Question}); {@code ""} when the
 *     visitor skipped the question or it was skipped after replies that were not answers
 * @param recordedAt when the reply arrived
 */
public record AnswerRecorded(
        String sessionId,
        String surveyId,
        String cnapCode,
        ContactAddress contact,
        Channel channel,
        String questionId,
        String answer,
        Instant recordedAt)
        implements ConversationEvent {}
