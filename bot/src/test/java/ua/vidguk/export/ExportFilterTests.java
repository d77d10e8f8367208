package ua.vidguk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.access.AccessScope;
import ua.vidguk.channel.Channel;

class ExportFilterTests {

    static final AccessScope CENTRES = AccessScope.parse("cnaps:A-1,A-2");
    static final AccessScope VOLYN = AccessScope.parse("region:UA-07");

    @Test
    void aCentresScopeReadsOnlyItsCentresAndAnotherCentreIsNothing() {
        assertThat(filter(null, null).within(CENTRES).orElseThrow().cnapCodes()).isEqualTo(Set.of("A-1", "A-2"));
        assertThat(filter("A-2", null).within(CENTRES).orElseThrow().cnapCodes())
                .isEqualTo(Set.of("A-2"));
        assertThat(filter("B-1", null).within(CENTRES)).isEmpty();
    }

    @Test
    void aRegionScopeReadsOnlyItsRegionAndAnotherRegionIsNothing() {
        assertThat(filter(null, null).within(VOLYN).orElseThrow().region()).isEqualTo("UA-07");
        var centre = filter("B-1", null).within(VOLYN).orElseThrow();
        assertThat(centre.region()).isEqualTo("UA-07");
        assertThat(centre.cnapCodes()).containsExactly("B-1");
        assertThat(filter(null, "UA-65").within(VOLYN)).isEmpty();
    }

    @Test
    void theNationalScopeReadsWhatIsAsked() {
        var all = filter(null, null).within(AccessScope.NATIONAL).orElseThrow();
        assertThat(all.cnapCodes()).isEmpty();
        assertThat(all.region()).isNull();
        assertThat(filter(null, "UA-65")
                        .within(AccessScope.NATIONAL)
                        .orElseThrow()
                        .region())
                .isEqualTo("UA-65");
    }

    @Test
    void kyivDaysAreInclusiveOnTheEnd() {
        var winter = new ExportFilter(
                        null, null, LocalDate.parse("2026-01-10"), LocalDate.parse("2026-01-10"), "SMS", null)
                .within(AccessScope.NATIONAL)
                .orElseThrow();
        assertThat(winter.endedFrom()).isEqualTo(Instant.parse("2026-01-09T22:00:00Z"));
        assertThat(winter.endedBefore()).isEqualTo(Instant.parse("2026-01-10T22:00:00Z"));
        assertThat(winter.channel()).isEqualTo(Channel.SMS);
        var summer = new ExportFilter(null, null, LocalDate.parse("2026-07-10"), null, null, null)
                .within(AccessScope.NATIONAL)
                .orElseThrow();
        assertThat(summer.endedFrom()).isEqualTo(Instant.parse("2026-07-09T21:00:00Z"));
        assertThat(summer.endedBefore()).isNull();
    }

    @Test
    void anUnknownChannelOrFromAfterToIsRefused() {
        assertThatThrownBy(() -> new ExportFilter(null, null, null, null, "fax", null).within(AccessScope.NATIONAL))
                .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> new ExportFilter(
                                null, null, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-01"), null, null)
                        .within(AccessScope.NATIONAL))
                .isInstanceOf(ResponseStatusException.class);
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsShownAsText() {
        assertThat(ResponsesCsv.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(ResponsesCsv.safe("+380671234567")).isEqualTo("'+380671234567");
        assertThat(ResponsesCsv.safe("-2")).isEqualTo("'-2");
        assertThat(ResponsesCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ResponsesCsv.safe("\tx")).isEqualTo("'\tx");
        assertThat(ResponsesCsv.safe("Все добре = 5")).isEqualTo("Все добре = 5");
        assertThat(ResponsesCsv.safe(null)).isEmpty();
    }

    private static ExportFilter filter(String cnapCode, String region) {
        return new ExportFilter(cnapCode, region, null, null, null, null);
    }
}
