package ua.vidguk.campaign;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes again the changes of campaigns that dispatch has not heard of (a listener failed, or
 * the instance stopped between the change and its publication): at start-up and every minute.
 * Campaigns are few, so reading them all is nothing; a change younger than a minute is left to
 * the instance that is still publishing it.
 */
@Component
class CampaignSettling {

    private static final Logger log = LoggerFactory.getLogger(CampaignSettling.class);
    static final Duration GRACE = Duration.ofMinutes(1);

    private final Campaigns campaigns;
    private final Clock clock;

    CampaignSettling(Campaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        settle(Duration.ZERO);
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void everyMinute() {
        settle(GRACE);
    }

    /** @return how many changes were published again */
    int settle(Duration olderThan) {
        int settled = 0;
        for (Campaign campaign : campaigns.all()) {
            if (campaign.settling() == null
                    || campaign.updatedAt().isAfter(clock.instant().minus(olderThan))) {
                continue;
            }
            try {
                campaigns.settle(campaign);
                settled++;
                log.info("Campaign {}: its change to {} was published again", campaign.id(), campaign.state());
            } catch (RuntimeException e) {
                log.error(
                        "Campaign {}: its change to {} is still not heard; retried in a minute",
                        campaign.id(),
                        campaign.state(),
                        e);
            }
        }
        return settled;
    }
}
