package ua.vidguk.visit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import ua.vidguk.visit.VisitCheck.FieldError;

/**
 * What became of each reported visit. A JSON upload lists every item by its {@code index} (from
 * 0); a CSV import lists every {@code row} that was not accepted (numbered as in a spreadsheet,
 * the header being row 1): with 100,000 rows, a row not listed was accepted.
 */
record IntakeReport(int received, int accepted, int duplicates, int rejected, List<Item> items) {

    static final URI INVALID_VISIT = URI.create("urn:vidguk:problem:invalid-visit");

    enum Outcome {
        /** Stored: the visitor will be invited when a campaign covers the visit. */
        ACCEPTED,
        /** Reported before with the same data: nothing changed. */
        DUPLICATE,
        REJECTED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(
            @Nullable Integer index,
            @Nullable Integer row,
            @Nullable String externalId,
            Outcome status,
            @Nullable ProblemDetail problem) {}

    /** Collects outcomes as a request is worked through. */
    static final class Builder {

        private final boolean rows;
        private final List<Item> items = new ArrayList<>();
        private int received;
        private int accepted;
        private int duplicates;
        private int rejected;

        /** @param rows number by CSV row and list only what was not accepted */
        Builder(boolean rows) {
            this.rows = rows;
        }

        void accepted(int position, String externalId) {
            received++;
            accepted++;
            if (!rows) {
                items.add(item(position, externalId, Outcome.ACCEPTED, null));
            }
        }

        void duplicate(int position, String externalId) {
            received++;
            duplicates++;
            items.add(item(position, externalId, Outcome.DUPLICATE, null));
        }

        void rejected(int position, @Nullable String externalId, List<FieldError> errors) {
            received++;
            rejected++;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    String.join(
                            "; ",
                            errors.stream()
                                    .map(e -> (e.field().isEmpty() ? "" : e.field() + " ") + e.reason())
                                    .toList()));
            problem.setType(INVALID_VISIT);
            problem.setTitle("Invalid visit");
            problem.setProperty("errors", errors);
            items.add(item(position, externalId, Outcome.REJECTED, problem));
        }

        private Item item(int position, @Nullable String externalId, Outcome outcome, @Nullable ProblemDetail problem) {
            return rows
                    ? new Item(null, position, externalId, outcome, problem)
                    : new Item(position, null, externalId, outcome, problem);
        }

        IntakeReport build() {
            items.sort(java.util.Comparator.comparing(item -> item.index() != null ? item.index() : item.row()));
            return new IntakeReport(received, accepted, duplicates, rejected, List.copyOf(items));
        }
    }
}
