package ua.vidguk.dispatch;

import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.access.Caller;
import ua.vidguk.access.CentreRegions;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.campaign.Campaigns;

/**
 * {@code GET /api/v1/campaigns/{id}/progress}: how many of the campaign's invitations are in each
 * status (scheduled, pending, sent, delivered, answered, completed, expired, failed, opted out,
 * skipped, cancelled, unknown), the reasons of the skipped and failed ones, and the SMS segments
 * per completed survey of its SMS invitations, by SMS alone or after the link ({@link SmsReach}).
 *
 * <p>A campaign that reaches none of the caller's centres is "not found"; a centres' or region's
 * caller counts only the invitations of its own centres.
 */
@RestController
class ProgressController {

    private final Campaigns campaigns;
    private final InvitationProgress invitations;
    private final CentreRegions regions;

    ProgressController(Campaigns campaigns, InvitationProgress invitations, CentreRegions regions) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.regions = regions;
    }

    /** @param reach what its completed SMS invitations cost in SMS, by SMS alone or after the link */
    record Progress(String campaignId, Campaign.State state, Map<String, Long> invitations, SmsReach reach) {}

    @GetMapping("/api/v1/campaigns/{id}/progress")
    Progress progress(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        Campaign campaign = campaigns
                .find(id)
                .filter(found -> found.touches(caller.scope(), regions::regionOf))
                .orElseThrow(() -> new NoSuchElementException(id));
        var progress = invitations.progress(id, caller.scope());
        return new Progress(id, campaign.state(), progress.invitations(), progress.reach());
    }

    @ExceptionHandler
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No campaign " + e.getMessage());
    }
}
