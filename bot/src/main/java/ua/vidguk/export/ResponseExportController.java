package ua.vidguk.export;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import ua.vidguk.access.Caller;
import ua.vidguk.cnap.Regions;
import ua.vidguk.conversation.ResponseFilter;
import ua.vidguk.conversation.ResponsePage;
import ua.vidguk.conversation.ResponseRow;
import ua.vidguk.conversation.Responses;
import ua.vidguk.survey.Survey;
import ua.vidguk.survey.Surveys;

/**
 * The responses of the caller's scope, as JSON pages ({@code Accept: application/json}, the
 * default) or as one streamed CSV ({@code Accept: text/csv} or {@code ?format=csv}). Never the
 * visitor's contact; the comment is there, and it is what the visitor typed.
 */
@RestController
class ResponseExportController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final Responses responses;
    private final Surveys surveys;
    private final Regions regions;

    ResponseExportController(Responses responses, Surveys surveys, Regions regions) {
        this.responses = responses;
        this.surveys = surveys;
        this.regions = regions;
    }

    /**
     * A response without the visitor's contact; times in Kyiv's offset.
     *
     * @param outcome {@code completed}, {@code expired}, {@code opted-out} or {@code closed}
     * @param answers canonical answers by question id, in the order given; {@code ""} for a skipped one
     */
    record ResponseItem(
            String id,
            String survey,
            String cnapCode,
            @Nullable String region,
            String channel,
            @Nullable String source,
            String outcome,
            boolean negative,
            OffsetDateTime startedAt,
            OffsetDateTime endedAt,
            Map<String, String> answers) {

        static ResponseItem of(ResponseRow row) {
            return new ResponseItem(
                    row.id(),
                    row.surveyId(),
                    row.cnapCode(),
                    row.region(),
                    row.channel().name().toLowerCase(java.util.Locale.ROOT),
                    row.source(),
                    row.outcome(),
                    row.negative(),
                    row.startedAt().atZone(ExportFilter.KYIV).toOffsetDateTime(),
                    row.endedAt().atZone(ExportFilter.KYIV).toOffsetDateTime(),
                    row.answers());
        }
    }

    /**
     * @param next the {@code after} of the next page; null once every response was listed. A page may
     *     hold fewer than {@code limit} items, or none, and still have a next (see docs/exports.md)
     */
    record Page(List<ResponseItem> items, @Nullable String next) {}

    @GetMapping(value = "/api/v1/responses", produces = MediaType.APPLICATION_JSON_VALUE)
    Page page(
            @AuthenticationPrincipal Caller caller,
            ExportFilter asked,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        Optional<ResponseFilter> filter = filter(caller, asked);
        if (filter.isEmpty()) {
            return new Page(List.of(), null);
        }
        ResponsePage page = responses.page(filter.get(), after, limit);
        return new Page(page.items().stream().map(ResponseItem::of).toList(), page.next());
    }

    @GetMapping(value = "/api/v1/responses", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> csv(@AuthenticationPrincipal Caller caller, ExportFilter asked) {
        Optional<ResponseFilter> filter = filter(caller, asked);
        List<Survey> asking = asked.survey() == null
                ? List.copyOf(surveys.all())
                : surveys.find(asked.survey()).stream().toList();
        ResponsesCsv csv = new ResponsesCsv(asking);
        StreamingResponseBody body =
                out -> csv.write(out, row -> filter.ifPresent(wanted -> responses.forEach(wanted, row)));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"responses.csv\"")
                .body(body);
    }

    /** {@code ?format=csv}: the CSV whatever the Accept header says (a link in a browser). */
    @GetMapping(value = "/api/v1/responses", params = "format=csv")
    ResponseEntity<StreamingResponseBody> csvByParameter(@AuthenticationPrincipal Caller caller, ExportFilter asked) {
        return csv(caller, asked);
    }

    private Optional<ResponseFilter> filter(Caller caller, ExportFilter asked) {
        if (asked.region() != null && regions.find(asked.region()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown region " + asked.region() + ".");
        }
        return asked.within(caller.scope());
    }
}
