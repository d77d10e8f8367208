package ua.vidguk.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import ua.vidguk.access.AccessScope;

class CampaignTargetsTests {

    static final Map<String, String> REGIONS = Map.of("A1", "UA-74", "A2", "UA-74", "B1", "UA-46");
    static final Function<String, @Nullable String> REGION_OF = REGIONS::get;

    static final AccessScope UA74 = AccessScope.region("UA-74");
    static final AccessScope CENTRE_A1 = AccessScope.cnaps(List.of("A1"));

    @Test
    void aNationalCampaignReachesEveryScopeButOnlyANationalScopeSteersIt() {
        for (AccessScope scope : List.of(AccessScope.NATIONAL, UA74, CENTRE_A1)) {
            assertThat(CampaignTargets.touch(List.of(), List.of(), scope, REGION_OF))
                    .as(scope.toString())
                    .isTrue();
        }
        assertThat(CampaignTargets.within(List.of(), List.of(), AccessScope.NATIONAL, REGION_OF))
                .isTrue();
        assertThat(CampaignTargets.within(List.of(), List.of(), UA74, REGION_OF))
                .isFalse();
        assertThat(CampaignTargets.within(List.of(), List.of(), CENTRE_A1, REGION_OF))
                .isFalse();
    }

    @Test
    void aRegionSeesCampaignsForItselfOrOneOfItsCentresAndNotOthers() {
        assertThat(CampaignTargets.touch(List.of(), List.of("UA-74"), UA74, REGION_OF))
                .isTrue();
        assertThat(CampaignTargets.touch(List.of("A2", "B1"), List.of(), UA74, REGION_OF))
                .isTrue();
        assertThat(CampaignTargets.touch(List.of("B1"), List.of("UA-46"), UA74, REGION_OF))
                .isFalse();
    }

    @Test
    void aCentreSeesCampaignsNamingItOrItsRegion() {
        assertThat(CampaignTargets.touch(List.of("A1"), List.of(), CENTRE_A1, REGION_OF))
                .isTrue();
        assertThat(CampaignTargets.touch(List.of(), List.of("UA-74"), CENTRE_A1, REGION_OF))
                .isTrue();
        assertThat(CampaignTargets.touch(List.of("A2"), List.of("UA-46"), CENTRE_A1, REGION_OF))
                .isFalse();
    }

    @Test
    void aRegionSteersOnlyCampaignsWhoseWholeTargetLiesInIt() {
        assertThat(CampaignTargets.within(List.of("A1", "A2"), List.of("UA-74"), UA74, REGION_OF))
                .isTrue();
        assertThat(CampaignTargets.within(List.of("A1", "B1"), List.of(), UA74, REGION_OF))
                .isFalse();
        assertThat(CampaignTargets.within(List.of(), List.of("UA-74", "UA-46"), UA74, REGION_OF))
                .isFalse();
        assertThat(CampaignTargets.within(List.of("NO-SUCH"), List.of(), UA74, REGION_OF))
                .isFalse();
    }

    @Test
    void aCentreSteersCampaignsForItselfButNotForItsRegion() {
        assertThat(CampaignTargets.within(List.of("A1"), List.of(), CENTRE_A1, REGION_OF))
                .isTrue();
        assertThat(CampaignTargets.within(List.of(), List.of("UA-74"), CENTRE_A1, REGION_OF))
                .isFalse();
        assertThat(CampaignTargets.within(List.of("A1", "A2"), List.of(), CENTRE_A1, REGION_OF))
                .isFalse();
    }
}
