package ua.vidguk.dispatch;

import java.time.Instant;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.conversation.Conversations;
import ua.vidguk.conversation.event.AnswerRecorded;
import ua.vidguk.conversation.event.MessageDelivered;
import ua.vidguk.conversation.event.OptedOut;
import ua.vidguk.conversation.event.SurveyClosed;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.conversation.event.SurveyExpired;
import ua.vidguk.dispatch.Invitation.Status;
import ua.vidguk.survey.Surveys;

/**
 * Follows a sent invitation's conversation to its end: delivered, answered, completed, expired,
 * opted out. The conversation's events name its session; the invitation's id went with it as the
 * conversation's reference, kept by {@code _id} with its token, so no event needs a search.
 */
@Component
class SessionInvitations {

    private final Conversations conversations;
    private final InvitationStore invitations;
    private final Surveys surveys;

    SessionInvitations(Conversations conversations, InvitationStore invitations, Surveys surveys) {
        this.conversations = conversations;
        this.invitations = invitations;
        this.surveys = surveys;
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

    /** With what the conversation cost in SMS and whether its link was taken, for the campaign's reach. */
    @EventListener
    void on(SurveyCompleted completed) {
        conversations
                .reference(completed.sessionId())
                .ifPresent(invitationId -> invitations.completed(
                        invitationId,
                        Set.of(Status.SENT, Status.DELIVERED, Status.ANSWERED),
                        completed.smsSegments(),
                        completed.linkTaken(),
                        completed.completedAt()));
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
        conversations
                .reference(sessionId)
                .ifPresent(invitationId -> invitations.move(invitationId, from, to, at, null));
    }
}
