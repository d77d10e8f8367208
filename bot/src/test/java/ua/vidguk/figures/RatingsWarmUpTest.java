package ua.vidguk.figures;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import ua.vidguk.access.AccessScope;

class RatingsWarmUpTest {

    // 22:30 UTC on 31 March is 1 April in Kyiv.
    static final Clock APRIL_1_KYIV = Clock.fixed(Instant.parse("2025-03-31T22:30:00Z"), ZoneOffset.UTC);

    final Ratings ratings = mock(Ratings.class);
    final RatingsProperties kept =
            new RatingsProperties(30, Duration.ofMinutes(1), Duration.ofDays(35), Duration.ofDays(730));

    @Test
    void readsThisMonthLastMonthAndThisYearOfKyivAtEveryLevelTheDashboardOpensWith() {
        new RatingsWarmUp(ratings, APRIL_1_KYIV, kept).warm();

        for (Level level : new Level[] {Level.CENTRE, Level.REGION}) {
            verify(ratings)
                    .rate(level, null, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), AccessScope.NATIONAL);
            verify(ratings)
                    .rate(level, null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), AccessScope.NATIONAL);
            verify(ratings)
                    .rate(level, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), AccessScope.NATIONAL);
        }
    }

    @Test
    void aPeriodThatCannotBeReadDoesNotKeepTheOthersFromBeingRead() {
        when(ratings.rate(any(), isNull(), eq(LocalDate.of(2025, 4, 1)), any(), any()))
                .thenThrow(new IllegalStateException("database away"));

        new RatingsWarmUp(ratings, APRIL_1_KYIV, kept).warm();

        verify(ratings)
                .rate(Level.CENTRE, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), AccessScope.NATIONAL);
    }
}
