package ua.vidguk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTests {

    @Test
    void aMonthAQuarterAndAYearAreTheirKyivDays() {
        var month = ReportPeriod.parse("2024-02").orElseThrow();
        assertThat(month.to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(month.nameUk()).isEqualTo("лютий 2024");
        var quarter = ReportPeriod.parse("2025-q2").orElseThrow();
        assertThat(quarter.key()).isEqualTo("2025-Q2");
        assertThat(quarter.from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(quarter.to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(quarter.nameUk()).isEqualTo("II квартал 2025");
        assertThat(quarter.nameEn()).isEqualTo("Q2 2025");
        var year = ReportPeriod.parse("2025").orElseThrow();
        assertThat(year.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void anythingElseIsNoPeriod() {
        assertThat(ReportPeriod.parse("2025-13")).isEmpty();
        assertThat(ReportPeriod.parse("2025-Q5")).isEmpty();
        assertThat(ReportPeriod.parse("1999")).isEmpty();
        assertThat(ReportPeriod.parse("2025-06-01")).isEmpty();
    }

    @Test
    void theDefaultIsTheLastWholeMonth() {
        assertThat(ReportPeriod.lastMonth(LocalDate.of(2026, 1, 15)).key()).isEqualTo("2025-12");
    }
}
