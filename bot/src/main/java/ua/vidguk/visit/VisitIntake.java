package ua.vidguk.visit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.bulk.BulkWriteError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import ua.vidguk.access.AccessScope;
import ua.vidguk.access.CentreRegions;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.visit.VisitCheck.Checked;
import ua.vidguk.visit.VisitCheck.FieldError;

/**
 * Takes reported visits in chunks: each is checked on its own, the valid ones of a chunk land in
 * one unordered insert (one round trip and, on the embedded database, one commit), and the
 * {@code externalId} as {@code _id} makes a repeated report a duplicate rather than a second visit.
 * Memory stays flat however long a CSV import is.
 */
@Component
class VisitIntake {

    static final int CHUNK = 1_000;
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final CnapRegistry cnaps;
    private final CentreRegions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitIntake(
            MongoTemplate mongo,
            CnapRegistry cnaps,
            CentreRegions regions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.mongo = mongo;
        this.cnaps = cnaps;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /** A visit as read, with its place in the request. */
    record Positioned(int position, VisitInput input) {}

    /**
     * The centres a caller may report visits for. A centre outside it is answered as an unknown
     * one, so that a centre's key learns nothing of the others.
     */
    Predicate<String> reportableBy(AccessScope scope) {
        return scope.national() ? code -> true : code -> scope.coversCentre(code, regions::regionOf);
    }

    /** @param reportable whether a centre is the caller's (see {@link #reportableBy}) */
    void take(List<Positioned> chunk, IntakeReport.Builder report, Predicate<String> reportable) {
        Set<String> known = cnaps
                .known(chunk.stream()
                        .map(Positioned::input)
                        .filter(Objects::nonNull)
                        .map(VisitInput::cnapCode)
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .collect(Collectors.toSet()))
                .stream()
                .filter(reportable)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        Map<String, ReportedVisit> fresh = new LinkedHashMap<>();
        List<Positioned> valid = new ArrayList<>();
        Map<Positioned, ReportedVisit> visits = new HashMap<>();
        for (Positioned item : chunk) {
            Checked checked = VisitCheck.check(item.input(), known, now);
            ReportedVisit visit = checked.visit();
            if (visit == null) {
                report.rejected(item.position(), externalId(item), checked.errors());
                continue;
            }
            fresh.putIfAbsent(visit.externalId(), visit);
            valid.add(item);
            visits.put(item, visit);
        }
        Set<String> existing = insert(List.copyOf(fresh.values()));
        Map<String, ReportedVisit> stored = existing.isEmpty() ? Map.of() : find(existing);
        // New visits, and those a failure or a crash kept from the campaigns when first reported.
        var unscheduled = new ArrayList<ReportedVisit>();
        for (ReportedVisit visit : fresh.values()) {
            ReportedVisit first = stored.get(visit.externalId());
            if (first == null) {
                unscheduled.add(visit);
            } else if (first.waitsForCampaigns() && first.sameVisitAs(visit)) {
                unscheduled.add(first);
            }
        }
        handOn(unscheduled);
        for (Positioned item : valid) {
            ReportedVisit visit = visits.get(item);
            ReportedVisit first = existing.contains(visit.externalId())
                    ? stored.get(visit.externalId())
                    : fresh.get(visit.externalId());
            if (first == visit) {
                report.accepted(item.position(), visit.externalId());
            } else if (first != null && first.sameVisitAs(visit)) {
                report.duplicate(item.position(), visit.externalId());
            } else {
                report.rejected(
                        item.position(),
                        visit.externalId(),
                        List.of(new FieldError("externalId", "was reported before for a different visit")));
            }
        }
    }

    /**
     * Tells the campaigns, then marks the visits as heard: a failure in between throws (the client
     * retries, and the retry hands them on again), a crash leaves them for {@link UnscheduledVisits}.
     * Scheduling is idempotent: an invitation's id is its campaign's and visit's.
     */
    void handOn(List<ReportedVisit> visits) {
        if (visits.isEmpty()) {
            return;
        }
        events.publishEvent(
                new VisitsAccepted(visits.stream().map(ReportedVisit::accepted).toList()));
        // One update by _id each, in one round trip: the embedded database would answer an _id
        // $in update by reading the whole collection.
        var marks = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ReportedVisit.class);
        visits.forEach(
                visit -> marks.updateOne(query(where("_id").is(visit.externalId())), Update.update("scheduled", true)));
        marks.execute();
    }

    /** @return the ids that were stored already */
    private Set<String> insert(List<ReportedVisit> visits) {
        if (visits.isEmpty()) {
            return Set.of();
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ReportedVisit.class)
                    .insert(visits)
                    .execute();
            return Set.of();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            return e.getErrors().stream()
                    .map(BulkWriteError::getIndex)
                    .map(index -> visits.get(index).externalId())
                    .collect(Collectors.toSet());
        }
    }

    private Map<String, ReportedVisit> find(Set<String> ids) {
        return mongo.find(query(where("_id").in(ids)), ReportedVisit.class).stream()
                .collect(Collectors.toMap(ReportedVisit::externalId, Function.identity()));
    }

    private static @org.jspecify.annotations.Nullable String externalId(Positioned item) {
        return item.input() == null ? null : item.input().externalId();
    }
}
