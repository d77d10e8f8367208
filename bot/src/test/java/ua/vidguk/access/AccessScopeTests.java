package ua.vidguk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessScopeTests {

    private static final Map<String, String> REGIONS = Map.of("A", "UA-74", "B", "UA-46");

    @Test
    void scopesReadAndWriteTheirTextForm() {
        for (String text : List.of("national", "region:UA-74", "cnaps:A,B")) {
            assertThat(AccessScope.parse(text)).hasToString(text);
        }
        assertThat(AccessScope.parse(" cnaps: B , A ")).hasToString("cnaps:A,B");
    }

    @Test
    void nonsenseScopesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> AccessScope.parse("region:Kyiv")).hasMessageContaining("UA-74");
        assertThatThrownBy(() -> AccessScope.parse("cnaps:")).hasMessageContaining("at least one");
        assertThatThrownBy(() -> AccessScope.parse("everything")).hasMessageContaining("national");
    }

    @Test
    void aScopeCoversItsOwnCentresOnly() {
        assertThat(AccessScope.parse("cnaps:A").covers("A", "UA-74")).isTrue();
        assertThat(AccessScope.parse("cnaps:A").covers("B", "UA-74")).isFalse();
        assertThat(AccessScope.region("UA-74").covers("B", "UA-74")).isTrue();
        assertThat(AccessScope.region("UA-74").covers("B", "UA-46")).isFalse();
        assertThat(AccessScope.NATIONAL.covers("B", null)).isTrue();
        assertThat(AccessScope.region("UA-74").coversRegion("UA-46")).isFalse();
    }

    @Test
    void aRegionIncludesItsCentresButNotAnotherRegionsOrTheCountry() {
        var region = AccessScope.region("UA-74");
        assertThat(region.includes(AccessScope.parse("cnaps:A"), REGIONS::get)).isTrue();
        assertThat(region.includes(AccessScope.parse("cnaps:A,B"), REGIONS::get))
                .isFalse();
        assertThat(region.includes(AccessScope.parse("cnaps:UNKNOWN"), REGIONS::get))
                .isFalse();
        assertThat(region.includes(AccessScope.region("UA-46"), REGIONS::get)).isFalse();
        assertThat(region.includes(AccessScope.NATIONAL, REGIONS::get)).isFalse();
        assertThat(AccessScope.parse("cnaps:A,B").includes(AccessScope.parse("cnaps:B"), REGIONS::get))
                .isTrue();
        assertThat(AccessScope.parse("cnaps:A").includes(region, REGIONS::get)).isFalse();
    }

    @Test
    void rolesIncludeOnlyWhatIsBelowThem() {
        assertThat(Role.ADMIN.allows(Role.COORDINATOR)).isTrue();
        assertThat(Role.COORDINATOR.allows(Role.REPORTER)).isTrue();
        assertThat(Role.COORDINATOR.allows(Role.ADMIN)).isFalse();
        assertThat(Role.VIEWER.allows(Role.REPORTER)).isFalse();
        assertThat(Role.REPORTER.allows(Role.VIEWER)).isFalse();
        assertThat(Role.parse(" Viewer ")).isEqualTo(Role.VIEWER);
    }
}
