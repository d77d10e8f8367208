package ua.vidguk.visit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import ua.vidguk.access.AccessScope;

/** One visit reported by a person in a form: the same checks, storage and events as the API's intake. */
@Service
public class VisitReporting {

    /**
     * @param status {@code ACCEPTED}, {@code DUPLICATE} or {@code REJECTED}
     * @param reason why it was rejected, per field
     */
    public record Outcome(String status, @Nullable String reason) {

        public boolean accepted() {
            return "ACCEPTED".equals(status);
        }
    }

    private final VisitIntake intake;

    VisitReporting(VisitIntake intake) {
        this.intake = intake;
    }

    /** @param visitedAt as the API takes it: ISO-8601, or Kyiv time without an offset */
    public Outcome report(String externalId, String cnapCode, String phone, String visitedAt) {
        return report(externalId, cnapCode, phone, visitedAt, AccessScope.NATIONAL);
    }

    /** As {@link #report(String, String, String, String)}, for a centre of {@code scope} only. */
    public Outcome report(String externalId, String cnapCode, String phone, String visitedAt, AccessScope scope) {
        var report = new IntakeReport.Builder(false);
        intake.take(
                List.of(new VisitIntake.Positioned(
                        0, new VisitInput(externalId, cnapCode, phone, visitedAt, null, null))),
                report,
                intake.reportableBy(scope));
        IntakeReport.Item item = report.build().items().getFirst();
        return new Outcome(
                item.status().name(),
                item.problem() == null ? null : item.problem().getDetail());
    }
}
