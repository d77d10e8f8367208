package ua.vidguk.dispatch;

import java.util.Map;
import java.util.function.Predicate;
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

    /** The same, counting only the invitations to the centres {@code centres} accepts (by code). */
    public Map<String, Long> of(String campaignId, Predicate<String> centres) {
        return invitations.count(campaignId, centres);
    }
}
