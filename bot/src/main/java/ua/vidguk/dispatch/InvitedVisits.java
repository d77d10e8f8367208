package ua.vidguk.dispatch;

import java.util.Optional;
import org.springframework.stereotype.Service;
import ua.vidguk.conversation.Conversations;

/**
 * What a conversation's invitation knew of its visit, for features that hear only the
 * conversation's events: the conversation names its invitation (its reference), the invitation
 * carries a copy of the visit. Two reads by {@code _id}; nothing for a conversation no invitation
 * opened (a QR code at the centre).
 */
@Service
public class InvitedVisits {

    private final Conversations conversations;
    private final InvitationStore invitations;

    InvitedVisits(Conversations conversations, InvitationStore invitations) {
        this.conversations = conversations;
        this.invitations = invitations;
    }

    /**
     * Who served the visit a conversation asked about, as the centre reported it.
     *
     * @return empty when no invitation opened the conversation, or its visit named nobody; the
     *     name is a staff member's personal data, not for logs
     */
    public Optional<String> administratorOf(String sessionId) {
        return conversations.reference(sessionId).flatMap(invitations::find).map(Invitation::administrator);
    }
}
