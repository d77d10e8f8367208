package ua.vidguk.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.campaign.CampaignInput;
import ua.vidguk.campaign.Campaigns;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.cnap.Region;
import ua.vidguk.cnap.Regions;

/**
 * Fills an empty registry with 25 demo centres (the 24 oblasts' centres and Kyiv) and starts a
 * demo campaign over them on the default survey. Idempotent across restarts: a registry with any
 * centre is left alone, and so is a campaign list with any campaign.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** Crimea and Sevastopol are regions of Ukraine with no centre Vidguk can serve today. */
    private static final Set<String> NO_DEMO_CENTRE = Set.of("UA-40", "UA-43");

    static final String KYIV_CITY = "UA-30";

    private final DemoProperties demo;
    private final CnapRegistry cnaps;
    private final Regions regions;
    private final Campaigns campaigns;
    private final Clock clock;

    DemoData(DemoProperties demo, CnapRegistry cnaps, Regions regions, Campaigns campaigns, Clock clock) {
        this.demo = demo;
        this.cnaps = cnaps;
        this.regions = regions;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillAFreshInstallation() {
        if (!demo.enabled() || !cnaps.isEmpty()) {
            return;
        }
        List<Cnap> centres = centres(regions);
        cnaps.saveAll(centres);
        if (campaigns.all().isEmpty()) {
            campaigns.create(new CampaignInput(
                    "Демо: відгук після візиту",
                    null,
                    null,
                    null,
                    null,
                    clock.instant().plus(Duration.ofDays(365)).toString(),
                    demo.delayAfterVisit().toString(),
                    new CampaignInput.Window("00:00", "23:59", null),
                    null,
                    null,
                    null,
                    null));
        }
        log.info(
                "Demo: {} centres and a campaign that invites {} after a reported visit"
                        + " (vidguk.demo.enabled=false for none)",
                centres.size(),
                demo.delayAfterVisit());
    }

    static List<Cnap> centres(Regions regions) {
        return regions.all().stream()
                .filter(region -> !NO_DEMO_CENTRE.contains(region.code()))
                .map(DemoData::centre)
                .toList();
    }

    private static Cnap centre(Region region) {
        String code = "DEMO-" + region.code().substring(3);
        String name = region.code().equals("UA-32")
                ? "ЦНАП Київської області (демо)"
                : "ЦНАП м. " + region.centreUk() + " (демо)";
        return new Cnap(code, name, region.code(), region.centreUk());
    }
}
