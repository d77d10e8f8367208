package ua.vidguk.campaign;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.access.Audited;
import ua.vidguk.access.Caller;
import ua.vidguk.access.CentreRegions;

/**
 * Campaigns, as far as the caller's scope goes: it sees the campaigns that reach any of its centres
 * (a national one reaches all), and any other is "not found". It creates and steers only campaigns
 * whose whole target is within its scope: a region's coordinator for its region or centres in it; a
 * national campaign (no centres, no regions) needs a national scope. A campaign it sees but may not
 * steer answers 403.
 */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

    static final URI INVALID_CAMPAIGN = URI.create("urn:vidguk:problem:invalid-campaign");

    private final Campaigns campaigns;
    private final CentreRegions regions;

    CampaignController(Campaigns campaigns, CentreRegions regions) {
        this.campaigns = campaigns;
        this.regions = regions;
    }

    @PostMapping
    @Audited("campaign.created")
    ResponseEntity<Campaign> create(@AuthenticationPrincipal Caller caller, @RequestBody CampaignInput input) {
        List<String> codes = input.cnapCodes() == null ? List.of() : input.cnapCodes();
        List<String> targetRegions = input.regions() == null ? List.of() : input.regions();
        if (!CampaignTargets.within(codes, targetRegions, caller.scope(), regions::regionOf)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "A campaign for " + caller.scope() + " may target only its own centres or region"
                            + (caller.scope().national() ? "" : "; a national campaign needs a national scope"));
        }
        Campaign created = campaigns.create(input);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id()))
                .body(created);
    }

    @GetMapping
    List<Campaign> list(@AuthenticationPrincipal Caller caller) {
        return campaigns.all().stream()
                .filter(campaign -> campaign.touches(caller.scope(), regions::regionOf))
                .toList();
    }

    @GetMapping("/{id}")
    Campaign get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return visible(caller, id);
    }

    @PostMapping("/{id}/pause")
    @Audited("campaign.paused")
    Campaign pause(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return change(caller, id, Campaigns.Change.PAUSE);
    }

    @PostMapping("/{id}/resume")
    @Audited("campaign.resumed")
    Campaign resume(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return change(caller, id, Campaigns.Change.RESUME);
    }

    @PostMapping("/{id}/cancel")
    @Audited("campaign.cancelled")
    Campaign cancel(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return change(caller, id, Campaigns.Change.CANCEL);
    }

    private Campaign visible(Caller caller, String id) {
        return campaigns
                .find(id)
                .filter(campaign -> campaign.touches(caller.scope(), regions::regionOf))
                .orElseThrow(() -> new NoSuchElementException(id));
    }

    private Campaign change(Caller caller, String id, Campaigns.Change change) {
        if (!visible(caller, id).within(caller.scope(), regions::regionOf)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Campaign " + id + " reaches beyond " + caller.scope());
        }
        return campaigns.change(id, change);
    }

    @ExceptionHandler
    ProblemDetail invalid(Campaigns.Invalid e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                String.join(
                        "; ",
                        e.errors.stream()
                                .map(error -> error.field() + " " + error.reason())
                                .toList()));
        problem.setType(INVALID_CAMPAIGN);
        problem.setTitle("Invalid campaign");
        problem.setProperty("errors", e.errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(Campaigns.Conflict e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No campaign " + e.getMessage());
    }
}
