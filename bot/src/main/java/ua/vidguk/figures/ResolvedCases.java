package ua.vidguk.figures;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Counts what staff did about negative responses into the figures, so that the ratings say how
 * many of a period's negative responses were resolved, and how many in time. Called by the staff
 * alerts (a call rather than an event: the alerts already read the ratings for their digests, and
 * the figures must not depend on them); a repeated call for the same case counts once.
 */
@Component
public class ResolvedCases {

    private final FigureCounter counter;

    ResolvedCases(FigureCounter counter) {
        this.counter = counter;
    }

    /**
     * @param caseId the case's id
     * @param receivedAt when the negative response came: the case counts in that day's figures
     * @param inTime resolved before its deadline (before it would go, or went, to the ministry)
     * @throws RuntimeException when the figures could not be written; call again later
     */
    public void resolved(String caseId, String cnapCode, Instant receivedAt, boolean inTime) {
        counter.countResolved(caseId, cnapCode, receivedAt, inTime);
    }
}
