package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseWatchTests {

    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    static final Instant TAKE_BY = NOW.plus(Duration.ofHours(2));
    static final Instant RESOLVE_BY = NOW.plus(Duration.ofDays(3));

    @Test
    void anUndeliveredAlertIsLookedAtAgainWithinAMinute() {
        assertThat(CaseWatch.next(aCase(AlertCase.Status.OPEN, false, false, false), NOW))
                .contains(NOW.plus(CaseWatch.WAITING_RETRY));
    }

    @Test
    void aDeliveredOpenCaseIsLookedAtWhenNobodyTookItInTime() {
        assertThat(CaseWatch.next(aCase(AlertCase.Status.OPEN, true, false, false), NOW))
                .contains(TAKE_BY);
    }

    @Test
    void aTakenOrEscalatedCaseIsLookedAtWhenItShouldHaveBeenResolved() {
        assertThat(CaseWatch.next(aCase(AlertCase.Status.TAKEN, true, false, false), NOW))
                .contains(RESOLVE_BY);
        assertThat(CaseWatch.next(aCase(AlertCase.Status.OPEN, true, true, false), NOW))
                .contains(RESOLVE_BY);
    }

    @Test
    void aResolvedCaseIsDueAtOnceForTheFiguresToCountIt() {
        assertThat(CaseWatch.next(aCase(AlertCase.Status.RESOLVED, true, false, false), NOW))
                .contains(NOW);
    }

    @Test
    void nothingIsLeftToWatchOnceEscalatedAllTheWay() {
        assertThat(CaseWatch.next(aCase(AlertCase.Status.OPEN, true, true, true), NOW))
                .isEmpty();
    }

    private static AlertCase aCase(AlertCase.Status status, boolean delivered, boolean toRegion, boolean toMinistry) {
        return new AlertCase(
                "abc",
                "C-1",
                "UA-32",
                status,
                "alert",
                "line",
                NOW,
                TAKE_BY,
                RESOLVE_BY,
                null,
                null,
                null,
                false,
                delivered ? NOW : null,
                null,
                null,
                null,
                null,
                null,
                toRegion,
                toMinistry,
                false,
                List.of(),
                null);
    }
}
