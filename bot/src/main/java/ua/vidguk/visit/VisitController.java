package ua.vidguk.visit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.visit.VisitCheck.FieldError;
import ua.vidguk.visit.VisitIntake.Positioned;

@RestController
@RequestMapping("/api/v1/visits")
class VisitController {

    static final int MAX_BATCH = 10_000;

    private final VisitIntake intake;

    VisitController(VisitIntake intake) {
        this.intake = intake;
    }

    @PostMapping(consumes = "application/json")
    IntakeReport report(@RequestBody List<VisitInput> visits) {
        if (visits.size() > MAX_BATCH) {
            throw new ResponseStatusException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Send at most " + MAX_BATCH + " visits per request, or import them as CSV.");
        }
        var report = new IntakeReport.Builder(false);
        for (int from = 0; from < visits.size(); from += VisitIntake.CHUNK) {
            List<Positioned> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(visits.size(), from + VisitIntake.CHUNK); i++) {
                chunk.add(new Positioned(i, visits.get(i)));
            }
            intake.take(chunk, report);
        }
        return report.build();
    }

    @PostMapping(
            path = "/import",
            consumes = {"text/csv", "application/csv"})
    IntakeReport importCsv(InputStream body) throws IOException {
        var report = new IntakeReport.Builder(true);
        try {
            CsvVisits.read(body, VisitIntake.CHUNK, chunk -> intake.take(chunk, report))
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
