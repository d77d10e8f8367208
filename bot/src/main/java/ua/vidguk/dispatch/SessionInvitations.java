package ua.vidguk.dispatch;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import ua.vidguk.conversation.AnswerRecorded;
import ua.vidguk.conversation.MessageDelivered;
import ua.vidguk.conversation.OptedOut;
import ua.vidguk.conversation.SurveyClosed;
import ua.vidguk.conversation.SurveyCompleted;
import ua.vidguk.conversation.SurveyExpired;
import ua.vidguk.dispatch.Invitation.Status;
import ua.vidguk.survey.Surveys;

/**
 * Follows a sent invitation's conversation to its end: delivered, answered, completed, expired,
 * opted out. The conversation's events name its session; a document per session (by {@code _id})
 * names the invitation, so no event needs a search.
 */
@Component
class SessionInvitations {

    private final MongoTemplate mongo;
    private final InvitationStore invitations;
    private final Surveys surveys;

    SessionInvitations(MongoTemplate mongo, InvitationStore invitations, Surveys surveys) {
        this.mongo = mongo;
        this.invitations = invitations;
        this.surveys = surveys;
    }

    void link(@Nullable String sessionId, String invitationId) {
        if (sessionId != null) {
            mongo.save(new Link(sessionId, invitationId));
        }
    }

    Optional<String> invitationOf(String sessionId) {
        return Optional.ofNullable(mongo.findById(sessionId, Link.class)).map(Link::invitationId);
    }

    @EventListener
    void on(MessageDelivered delivered) {
        advance(delivered.sessionId(), Set.of(Status.SENT), Status.DELIVERED, delivered.deliveredAt());
    }

    /** Only the first question's answer can move an invitation to answered: one lookup a survey, not one a reply. */
    @EventListener
    void on(AnswerRecorded answer) {
        boolean first = surveys.find(answer.surveyId())
                .map(survey -> survey.questions().getFirst().id().equals(answer.questionId()))
                .orElse(true);
        if (first) {
            advance(answer.sessionId(), Set.of(Status.SENT, Status.DELIVERED), Status.ANSWERED, answer.recordedAt());
        }
    }

    @EventListener
    void on(SurveyCompleted completed) {
        advance(
                completed.sessionId(),
                Set.of(Status.SENT, Status.DELIVERED, Status.ANSWERED),
                Status.COMPLETED,
                completed.completedAt());
    }

    @EventListener
    void on(SurveyExpired expired) {
        advance(
                expired.sessionId(),
                Set.of(Status.SENT, Status.DELIVERED, Status.ANSWERED),
                Status.EXPIRED,
                expired.expiredAt());
    }

    @EventListener
    void on(SurveyClosed closed) {
        advance(
                closed.sessionId(),
                Set.of(Status.SENT, Status.DELIVERED, Status.ANSWERED),
                Status.EXPIRED,
                closed.closedAt());
    }

    @EventListener
    void on(OptedOut optedOut) {
        if (optedOut.sessionId() != null) {
            advance(
                    optedOut.sessionId(),
                    Set.of(Status.SENT, Status.DELIVERED, Status.ANSWERED),
                    Status.OPTED_OUT,
                    optedOut.optedOutAt());
        }
    }

    private void advance(String sessionId, Set<Status> from, Status to, Instant at) {
        Optional.ofNullable(mongo.findById(sessionId, Link.class))
                .ifPresent(link -> invitations.move(link.invitationId(), from, to, at, null));
    }

    @Document("session_invitations")
    record Link(@Id String sessionId, String invitationId) {}
}
