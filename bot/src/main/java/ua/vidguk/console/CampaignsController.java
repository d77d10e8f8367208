package ua.vidguk.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.access.Caller;
import ua.vidguk.access.CentreRegions;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.campaign.Campaigns;
import ua.vidguk.dispatch.InvitationProgress;

/**
 * The campaigns that touch the caller's scope, newest first, each with how far its invitations
 * got. A national or regional campaign seen from a narrower scope counts only the caller's centres.
 */
@RestController
class CampaignsController {

    static final String PATH = "/console/campaigns";
    private static final DateTimeFormatter KYIV =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Kyiv"));

    private final Campaigns campaigns;
    private final InvitationProgress progress;
    private final CentreRegions regions;
    private final Pages pages;

    CampaignsController(Campaigns campaigns, InvitationProgress progress, CentreRegions regions, Pages pages) {
        this.campaigns = campaigns;
        this.progress = progress;
        this.regions = regions;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> list(@AuthenticationPrincipal Caller caller, CsrfToken csrf) {
        List<Map<String, Object>> shown = campaigns.all().stream()
                .filter(campaign -> campaign.touches(caller.scope(), regions::regionOf))
                .map(campaign -> campaign(campaign, caller))
                .toList();
        return pages.render(
                "campaigns",
                csrf,
                Map.of(
                        "campaigns",
                        shown,
                        "none",
                        shown.isEmpty(),
                        "partial",
                        !caller.scope().national()));
    }

    private Map<String, Object> campaign(Campaign campaign, Caller caller) {
        var byStatus = progress.of(campaign.id(), caller.scope());
        List<Map<String, Object>> counts = byStatus.entrySet().stream()
                .map(count -> Map.<String, Object>of("status", count.getKey(), "count", count.getValue()))
                .toList();
        return Map.of(
                "id", campaign.id(),
                "name", campaign.name(),
                "survey", campaign.survey(),
                "state", campaign.state().name(),
                "delay", campaign.delayAfterVisit().toString(),
                "window",
                        campaign.sendWindow().opens() + "–"
                                + campaign.sendWindow().closes(),
                "endsAt", KYIV.format(campaign.endsAt()),
                "progress", counts,
                "noProgress", counts.isEmpty());
    }
}
