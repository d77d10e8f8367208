package ua.vidguk.visit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.access.Caller;
import ua.vidguk.visit.VisitCheck.FieldError;
import ua.vidguk.visit.VisitIntake.Positioned;

/**
 * The visits intake. A caller reports only for the centres of its scope: a row for another centre
 * is rejected as a centre that is not known (the same reason, so nothing is told of it), and the
 * other rows land.
 */
@RestController
@RequestMapping("/api/v1/visits")
class VisitController {

    static final int MAX_BATCH = 10_000;

    private final VisitIntake intake;

    VisitController(VisitIntake intake) {
        this.intake = intake;
    }

    @PostMapping(consumes = "application/json")
    IntakeReport report(@AuthenticationPrincipal Caller caller, @RequestBody List<VisitInput> visits) {
        if (visits.size() > MAX_BATCH) {
            throw new ResponseStatusException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Send at most " + MAX_BATCH + " visits per request, or import them as CSV.");
        }
        var report = new IntakeReport.Builder(false);
        Predicate<String> reportable = intake.reportableBy(caller.scope());
        for (int from = 0; from < visits.size(); from += VisitIntake.CHUNK) {
            List<Positioned> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(visits.size(), from + VisitIntake.CHUNK); i++) {
                chunk.add(new Positioned(i, visits.get(i)));
            }
            intake.take(chunk, report, reportable);
        }
        return report.build();
    }

    @PostMapping(
            path = "/import",
            consumes = {"text/csv", "application/csv"})
    IntakeReport importCsv(@AuthenticationPrincipal Caller caller, InputStream body) throws IOException {
        var report = new IntakeReport.Builder(true);
        Predicate<String> reportable = intake.reportableBy(caller.scope());
        try {
            CsvVisits.read(body, VisitIntake.CHUNK, chunk -> intake.take(chunk, report, reportable))
                    .ifPresent(stop -> report.rejected(
                            stop.row(),
                            null,
                            List.of(new FieldError(
                                    "", "cannot be read (" + stop.reason() + "); the rows after it were not read"))));
        } catch (CsvVisits.MissingColumns e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return report.build();
    }
}
