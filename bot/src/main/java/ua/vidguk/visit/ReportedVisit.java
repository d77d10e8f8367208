package ua.vidguk.visit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A visit as stored: one per {@code externalId}, the centre's own id for it, so that reporting it
 * again changes nothing.
 *
 * @param phone the visitor's mobile number in E.164
 * @param administrator who served the visit (see {@link VisitInput}); kept with the visit, as
 *     long as the visit is ({@link VisitRetention})
 * @param scheduled whether the campaigns heard of it: stored false with the visit and set once
 *     they did, so that a failure or a crash in between leaves a mark that a retry of the report
 *     and the next start make good ({@link UnscheduledVisits}); absent on older visits, read as
 *     true
 */
@Document(ReportedVisit.COLLECTION)
record ReportedVisit(
        @Id String externalId,
        String cnapCode,
        String phone,
        Instant visitedAt,
        @Nullable String service,
        @Nullable String administrator,
        Instant reportedAt,
        @Nullable Boolean scheduled) {

    static final String COLLECTION = "visits";

    boolean waitsForCampaigns() {
        return Boolean.FALSE.equals(scheduled);
    }

    AcceptedVisit accepted() {
        return new AcceptedVisit(externalId, cnapCode, phone, visitedAt, service, administrator);
    }

    /** The same visit, whenever it was reported. */
    boolean sameVisitAs(ReportedVisit other) {
        return externalId.equals(other.externalId)
                && cnapCode.equals(other.cnapCode)
                && phone.equals(other.phone)
                && visitedAt.equals(other.visitedAt)
                && java.util.Objects.equals(service, other.service)
                && java.util.Objects.equals(administrator, other.administrator);
    }
}
