package ua.vidguk.conversation.engine;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.conversation.event.InvitedVisit;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.Survey;

/**
 * The state of one survey conversation: plain values, so that persistence stores it as it is. The
 * engine reads and changes the state fields; the context fields (ids, contact, centre, channel,
 * locale, visit) it only copies into events and messages.
 *
 * @param id the conversation's id, chosen by the caller
 * @param surveyId the survey asked
 * @param contact the address the survey was sent to (for a phone number, the one staff may call)
 * @param cnapCode the centre the survey is about
 * @param cnapName the centre's name as the visitor knows it, used in the thank-you message
 * @param channel where the conversation is held now
 * @param locale the visitor's language, e.g. {@code uk}
 * @param visit the visit an invitation opened the conversation about, or {@code null} when none
 *     did (a QR code at the centre). It holds the reported phone number, personal data: stored
 *     with the session, it lives as long as the session does (the response keeps none of it)
 * @param status where the conversation stands
 * @param question the id of the question awaiting an answer, or {@code null} before the start and
 *     after the end
 * @param reprompts how many times the current question was asked again after a reply that was not
 *     an answer
 * @param answers canonical answers by question id, in the order given; {@code ""} for a skipped
 *     question
 * @param startedAt when the conversation was opened
 * @param updatedAt when the engine last changed it
 * @param expiresAt when a silent session is due to be swept by {@code expire}, or {@code null} once
 *     it has ended
 * @param version bumped by every change, so that a store can update only the version it read
 * @param smsSegments the paid SMS parts sent for this conversation so far ({@code
 *     channel.SmsSegments}), counted by whoever sends them before the state is stored: the state is
 *     written on every step anyway, so the count costs no write of its own
 * @param linkTaken whether an invitation's visitor went on in the browser from its link (the
 *     survey's page): stays true if they reply by SMS again afterwards. Both are never null once
 *     built: a state stored before they were kept reads as 0 and false
 * @param source how the conversation began: {@code qr} (a centre's QR code, in a messenger or the
 *     browser) or {@code invitation} (an invitation, with or without a reported visit); null for a
 *     state stored before it was kept
 */
public record Session(
        String id,
        String surveyId,
        ContactAddress contact,
        String cnapCode,
        String cnapName,
        Channel channel,
        String locale,
        @Nullable InvitedVisit visit,
        SessionStatus status,
        @Nullable String question,
        int reprompts,
        Map<String, String> answers,
        Instant startedAt,
        Instant updatedAt,
        @Nullable Instant expiresAt,
        long version,
        Integer smsSegments,
        Boolean linkTaken,
        @Nullable String source) {

    public static final String QR = "qr";
    public static final String INVITATION = "invitation";

    public Session {
        // Boxed for the documents stored before these were kept, which have neither.
        smsSegments = smsSegments == null ? 0 : smsSegments;
        linkTaken = linkTaken != null && linkTaken;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        // Order matters (reports list answers as given), so neither Map.copyOf nor a HashMap.
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** A state before any SMS was counted and without the link taken. */
    public Session(
            String id,
            String surveyId,
            ContactAddress contact,
            String cnapCode,
            String cnapName,
            Channel channel,
            String locale,
            @Nullable InvitedVisit visit,
            SessionStatus status,
            @Nullable String question,
            int reprompts,
            Map<String, String> answers,
            Instant startedAt,
            Instant updatedAt,
            @Nullable Instant expiresAt,
            long version) {
        this(
                id, surveyId, contact, cnapCode, cnapName, channel, locale, visit, status, question, reprompts, answers,
                startedAt, updatedAt, expiresAt, version, 0, false, null);
    }

    /** A new conversation, not yet started: pass it to {@link ConversationEngine#start}. */
    public static Session open(
            String id,
            String surveyId,
            ContactAddress contact,
            String cnapCode,
            String cnapName,
            Channel channel,
            String locale,
            @Nullable InvitedVisit visit,
            String source,
            Instant openedAt) {
        return new Session(
                id,
                surveyId,
                contact,
                cnapCode,
                cnapName,
                channel,
                locale,
                visit,
                SessionStatus.ACTIVE,
                null,
                0,
                Map.of(),
                openedAt,
                openedAt,
                null,
                0,
                0,
                false,
                source);
    }

    /** The same conversation continued on another channel, e.g. in Viber after the SMS deep link. */
    public Session withChannel(Channel newChannel) {
        return movedTo(contact, newChannel);
    }

    /** The same conversation continued with another address, e.g. a Telegram chat opened from the SMS link. */
    public Session movedTo(ContactAddress newContact, Channel newChannel) {
        return new Session(
                id,
                surveyId,
                newContact,
                cnapCode,
                cnapName,
                newChannel,
                locale,
                visit,
                status,
                question,
                reprompts,
                answers,
                startedAt,
                updatedAt,
                expiresAt,
                version,
                smsSegments,
                linkTaken,
                source);
    }

    /**
     * The same state with {@code segments} more SMS parts sent for it; not a change of its own
     * (the version stays), as the parts go with the step that is stored anyway.
     */
    public Session withSmsSent(int segments) {
        return segments == 0 ? this : counted(smsSegments + segments, linkTaken);
    }

    /** The same state, noting that the visitor went on from the invitation's link in the browser. */
    public Session withLinkTaken() {
        return linkTaken ? this : counted(smsSegments, true);
    }

    private Session counted(Integer newSmsSegments, Boolean newLinkTaken) {
        return new Session(
                id,
                surveyId,
                contact,
                cnapCode,
                cnapName,
                channel,
                locale,
                visit,
                status,
                question,
                reprompts,
                answers,
                startedAt,
                updatedAt,
                expiresAt,
                version,
                newSmsSegments,
                newLinkTaken,
                source);
    }

    /** Whether the conversation still takes answers. */
    public boolean isActive() {
        return status == SessionStatus.ACTIVE;
    }

    /** The question awaiting an answer, if any and if the survey still has it. */
    Optional<Question> current(Survey survey) {
        return Optional.ofNullable(question).flatMap(survey::find);
    }

    /** The next state: the engine's only way to change a session. */
    Session advance(
            SessionStatus newStatus,
            @Nullable String newQuestion,
            int newReprompts,
            Map<String, String> newAnswers,
            Instant at,
            @Nullable Instant newExpiresAt) {
        return new Session(
                id,
                surveyId,
                contact,
                cnapCode,
                cnapName,
                channel,
                locale,
                visit,
                newStatus,
                newQuestion,
                newReprompts,
                newAnswers,
                startedAt,
                at,
                newExpiresAt,
                version + 1,
                smsSegments,
                linkTaken,
                source);
    }
}
