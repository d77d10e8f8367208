package ua.vidguk.dispatch;

import java.util.Map;
import org.springframework.stereotype.Service;

/** How far a campaign's invitations got, for pages that show progress beside the API. */
@Service
public class InvitationProgress {

    private final InvitationStore invitations;

    InvitationProgress(InvitationStore invitations) {
        this.invitations = invitations;
    }

    /** Invitations by status (and by reason for the skipped and failed), as the progress endpoint gives them. */
    public Map<String, Long> of(String campaignId) {
        return invitations.count(campaignId);
    }
}
