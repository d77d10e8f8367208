package ua.vidguk.dispatch;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the visit behind a conversation: two lookups by {@code _id}, no search. */
@Component
public class InvitedVisits {

    private final SessionInvitations sessions;
    private final InvitationStore invitations;

    InvitedVisits(SessionInvitations sessions, InvitationStore invitations) {
        this.sessions = sessions;
        this.invitations = invitations;
    }

    /** Empty for a conversation no invitation opened (a QR code at the centre). */
    public Optional<InvitedVisit> ofSession(String sessionId) {
        return sessions.invitationOf(sessionId)
                .flatMap(invitations::find)
                .map(invitation -> new InvitedVisit(invitation.phone(), invitation.visitedAt(), invitation.visitId()));
    }
}
