package ua.vidguk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.vidguk.StartedApplication;
import ua.vidguk.campaign.Campaign;
import ua.vidguk.campaign.Campaigns;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;

class DemoDataIntegrationTests {

    @TempDir
    Path data;

    @Test
    void aFreshInstallationGetsACentreInEveryOblastCentreAndKyivAndADemoCampaignOnceAcrossRestarts() {
        String[] arguments = {"--vidguk.data-dir=" + data, "--vidguk.demo.enabled=true"};
        try (var first = StartedApplication.start(arguments)) {
            var centres = first.context().getBean(CnapRegistry.class).first(100);
            assertThat(centres).hasSize(25);
            assertThat(centres)
                    .extracting(Cnap::region)
                    .doesNotContain("UA-40", "UA-43")
                    .contains("UA-30", "UA-74");
            assertThat(first.context().getBean(Campaigns.class).all())
                    .singleElement()
                    .satisfies(campaign -> {
                        assertThat(campaign.state()).isEqualTo(Campaign.State.ACTIVE);
                        assertThat(campaign.delayAfterVisit()).hasMinutes(1);
                        assertThat(campaign.cnapCodes()).isEmpty();
                    });
        }
        try (var restarted = StartedApplication.start(arguments)) {
            assertThat(restarted.context().getBean(CnapRegistry.class).first(100))
                    .hasSize(25);
            assertThat(restarted.context().getBean(Campaigns.class).all()).hasSize(1);
        }
    }

    @Test
    void testsAndInstallationsWithTheDemoOffGetNothing() {
        try (var app = StartedApplication.start("--vidguk.data-dir=" + data)) {
            assertThat(app.context().getBean(CnapRegistry.class).isEmpty()).isTrue();
        }
    }
}
