package ua.vidguk.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitsPropertiesTests {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Test
    void eachKindHasItsOwnHourlyLimit() {
        var properties = new LimitsProperties(10, 3, null, 10, HALF_HOUR);

        assertThat(properties.perHour(EntryKind.WEB_ADDRESS)).isEqualTo(10);
        assertThat(properties.perHour(EntryKind.MESSENGER)).isEqualTo(3);
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new LimitsProperties(10, 3, "short", 10, HALF_HOUR))
                .hasMessageContaining("vidguk.limits.secret");
    }

    @Test
    void aWindowOfSecondsIsRefused() {
        assertThatThrownBy(() -> new LimitsProperties(10, 3, null, 10, Duration.ofSeconds(90)))
                .hasMessageContaining("vidguk.limits.burst-window");
    }

    @Test
    void aThresholdTheWindowDocumentCannotHoldIsRefused() {
        assertThatThrownBy(() -> new LimitsProperties(10, 3, null, LimitsProperties.BURST_KEPT, HALF_HOUR))
                .hasMessageContaining("vidguk.limits.burst-negatives");
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new LimitsProperties(0, 3, null, 10, HALF_HOUR))
                .hasMessageContaining("web-per-hour");
    }
}
