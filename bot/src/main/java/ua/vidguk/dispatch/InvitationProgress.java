package ua.vidguk.dispatch;

import java.util.Map;
import org.springframework.stereotype.Service;
import ua.vidguk.access.AccessScope;
import ua.vidguk.cnap.CnapRegistry;

/** How far a campaign's invitations got, for pages that show progress beside the API. */
@Service
public class InvitationProgress {

    private final InvitationStore invitations;
    private final CnapRegistry cnaps;

    InvitationProgress(InvitationStore invitations, CnapRegistry cnaps) {
        this.invitations = invitations;
        this.cnaps = cnaps;
    }

    /** Invitations by status (and by reason for the skipped and failed), as the progress endpoint gives them. */
    public Map<String, Long> of(String campaignId) {
        return invitations.count(campaignId);
    }

    /**
     * As {@link #of(String)}, counting only the invitations of the scope's centres: a centre or a
     * region sees its own share of a wider campaign, not the country's figures.
     */
    public Map<String, Long> of(String campaignId, AccessScope scope) {
        return progress(campaignId, scope).invitations();
    }

    /** The counts of {@link #of(String, AccessScope)} and the SMS reach, of the scope's centres' invitations. */
    public CampaignProgress progress(String campaignId, AccessScope scope) {
        return switch (scope.level()) {
            case NATIONAL -> invitations.progress(campaignId, null);
            case CNAPS -> invitations.progress(campaignId, scope.codes());
            case REGION ->
                invitations.progress(campaignId, cnaps.codesIn(scope.codes().first()));
        };
    }
}
