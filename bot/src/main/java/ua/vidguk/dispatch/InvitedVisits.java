package ua.vidguk.dispatch;

import java.util.Optional;
import org.springframework.stereotype.Component;
import ua.vidguk.conversation.Conversations;

/** Finds the visit behind a conversation: two lookups by {@code _id}, no search. */
@Component
public class InvitedVisits {

    private final Conversations conversations;
    private final InvitationStore invitations;

    InvitedVisits(Conversations conversations, InvitationStore invitations) {
        this.conversations = conversations;
        this.invitations = invitations;
    }

    /** Empty for a conversation no invitation opened (a QR code at the centre). */
    public Optional<InvitedVisit> ofSession(String sessionId) {
        return conversations
                .reference(sessionId)
                .flatMap(invitations::find)
                .map(invitation -> new InvitedVisit(invitation.phone(), invitation.visitedAt(), invitation.visitId()));
    }
}
