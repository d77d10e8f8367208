package ua.vidguk.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.campaign.Campaigns;
import ua.vidguk.dispatch.InvitationProgress;

/** The campaigns, newest first, each with how far its invitations got. */
@RestController
class CampaignsController {

    static final String PATH = "/console/campaigns";
    private static final DateTimeFormatter KYIV =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Kyiv"));

    private final Campaigns campaigns;
    private final InvitationProgress progress;
    private final Pages pages;

    CampaignsController(Campaigns campaigns, InvitationProgress progress, Pages pages) {
        this.campaigns = campaigns;
        this.progress = progress;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> list(CsrfToken csrf) {
        List<Map<String, Object>> shown =
                campaigns.all().stream().map(this::campaign).toList();
        return pages.render("campaigns", csrf, Map.of("campaigns", shown, "none", shown.isEmpty()));
    }

    private Map<String, Object> campaign(Campaign campaign) {
        List<Map<String, Object>> counts = progress.of(campaign.id()).entrySet().stream()
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
