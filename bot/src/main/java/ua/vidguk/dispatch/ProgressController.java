package ua.vidguk.dispatch;

import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.campaign.Campaigns;

/**
 * {@code GET /api/v1/campaigns/{id}/progress}: how many of the campaign's invitations are in each
 * status (scheduled, pending, sent, delivered, answered, completed, expired, failed, opted out,
 * skipped, cancelled, unknown), and the reasons of the skipped and failed ones.
 */
@RestController
class ProgressController {

    private final Campaigns campaigns;
    private final InvitationStore invitations;

    ProgressController(Campaigns campaigns, InvitationStore invitations) {
        this.campaigns = campaigns;
        this.invitations = invitations;
    }

    record Progress(String campaignId, Campaign.State state, Map<String, Long> invitations) {}

    @GetMapping("/api/v1/campaigns/{id}/progress")
    Progress progress(@PathVariable String id) {
        Campaign campaign = campaigns.find(id).orElseThrow(() -> new NoSuchElementException(id));
        return new Progress(id, campaign.state(), invitations.count(id));
    }

    @ExceptionHandler
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No campaign " + e.getMessage());
    }
}
