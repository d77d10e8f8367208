package ua.vidguk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTests {

    @Test
    void aMonthAQuarterAndAYearAreReadWithTheirFirstAndLastDays() {
        assertThat(Period.parse("2024-02")).contains(new Period("2024-02", date("2024-02-01"), date("2024-02-29")));
        assertThat(Period.parse("2025-Q2")).contains(new Period("2025-Q2", date("2025-04-01"), date("2025-06-30")));
        assertThat(Period.parse("2025")).contains(new Period("2025", date("2025-01-01"), date("2025-12-31")));
    }

    @Test
    void anythingElseIsNotAPeriod() {
        assertThat(Period.parse("2025-13")).isEmpty();
        assertThat(Period.parse("2025-Q5")).isEmpty();
        assertThat(Period.parse("2025-06-01")).isEmpty();
        assertThat(Period.parse("last-week")).isEmpty();
    }

    @Test
    void thePeriodBeforeIsOfTheSameKindAcrossAYearsEnd() {
        assertThat(Period.parse("2025-01").orElseThrow().previous().key()).isEqualTo("2024-12");
        assertThat(Period.parse("2025-Q1").orElseThrow().previous().key()).isEqualTo("2024-Q4");
        assertThat(Period.parse("2025-Q3").orElseThrow().previous().key()).isEqualTo("2025-Q2");
        assertThat(Period.parse("2025").orElseThrow().previous().key()).isEqualTo("2024");
    }

    @Test
    void labelsAreUkrainianOrEnglish() {
        assertThat(Period.parse("2025-06").orElseThrow().label(false)).isEqualTo("червень 2025");
        assertThat(Period.parse("2025-06").orElseThrow().label(true)).isEqualTo("June 2025");
        assertThat(Period.parse("2025-Q4").orElseThrow().label(false)).isEqualTo("IV квартал 2025");
        assertThat(Period.parse("2025-Q4").orElseThrow().label(true)).isEqualTo("Q4 2025");
        assertThat(Period.parse("2025").orElseThrow().label(false)).isEqualTo("2025 рік");
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
