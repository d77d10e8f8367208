package ua.vidguk.cnap;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** What became of each item of an upload; a rejected one carries an RFC 9457 problem. */
record UpsertReport(int received, int accepted, int rejected, List<Item> items) {

    static final URI INVALID_ITEM = URI.create("urn:vidguk:problem:invalid-item");

    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }

    /** Why an item was rejected: the field (empty for the item as a whole) and what is wrong with it. */
    record FieldError(String field, String reason) {}

    static UpsertReport of(List<Item> items) {
        int rejected = (int)
                items.stream().filter(item -> item.status() == Outcome.REJECTED).count();
        return new UpsertReport(items.size(), items.size() - rejected, rejected, items);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(
            int index,
            @Nullable String code,
            Outcome status,
            @Nullable ProblemDetail problem) {

        static Item accepted(int index, String code, Outcome outcome) {
            return new Item(index, code, outcome, null);
        }

        static Item rejected(int index, @Nullable String code, List<FieldError> errors) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    errors.stream()
                            .map(e -> (e.field().isEmpty() ? "" : e.field() + " ") + e.reason())
                            .reduce((a, b) -> a + "; " + b)
                            .orElse(""));
            problem.setType(INVALID_ITEM);
            problem.setTitle("Invalid centre");
            problem.setProperty("errors", errors);
            return new Item(index, code, Outcome.REJECTED, problem);
        }
    }
}
