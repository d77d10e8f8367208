package ua.vidguk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AccessScopeCoversCentreTests {

    final AtomicInteger lookUps = new AtomicInteger();
    final Function<String, @Nullable String> regionOf = code -> {
        lookUps.incrementAndGet();
        return Map.of("A1", "UA-74", "B1", "UA-46").get(code);
    };

    @Test
    void aRegionScopeCoversItsOwnCentresOnly() {
        AccessScope region = AccessScope.region("UA-74");

        assertThat(region.coversCentre("A1", regionOf)).isTrue();
        assertThat(region.coversCentre("B1", regionOf)).isFalse();
        assertThat(region.coversCentre("NO-SUCH", regionOf)).isFalse();
    }

    @Test
    void centresAndNationalScopesAnswerWithoutLookingTheRegionUp() {
        AccessScope centres = AccessScope.cnaps(List.of("A1"));

        assertThat(centres.coversCentre("A1", regionOf)).isTrue();
        assertThat(centres.coversCentre("B1", regionOf)).isFalse();
        assertThat(AccessScope.NATIONAL.coversCentre("B1", regionOf)).isTrue();
        assertThat(lookUps).hasValue(0);
    }
}
