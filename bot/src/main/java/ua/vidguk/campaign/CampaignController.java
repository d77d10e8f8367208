package ua.vidguk.campaign;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

    static final URI INVALID_CAMPAIGN = URI.create("urn:vidguk:problem:invalid-campaign");

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @PostMapping
    ResponseEntity<Campaign> create(@RequestBody CampaignInput input) {
        Campaign created = campaigns.create(input);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + created.id()))
                .body(created);
    }

    @GetMapping
    List<Campaign> list() {
        return campaigns.all();
    }

    @GetMapping("/{id}")
    Campaign get(@PathVariable String id) {
        return campaigns.find(id).orElseThrow(() -> new NoSuchElementException(id));
    }

    @PostMapping("/{id}/pause")
    Campaign pause(@PathVariable String id) {
        return campaigns.change(id, Campaigns.Change.PAUSE);
    }

    @PostMapping("/{id}/resume")
    Campaign resume(@PathVariable String id) {
        return campaigns.change(id, Campaigns.Change.RESUME);
    }

    @PostMapping("/{id}/cancel")
    Campaign cancel(@PathVariable String id) {
        return campaigns.change(id, Campaigns.Change.CANCEL);
    }

    @ExceptionHandler
    ProblemDetail invalid(Campaigns.Invalid e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                String.join(
                        "; ",
                        e.errors.stream()
                                .map(error -> error.field() + " " + error.reason())
                                .toList()));
        problem.setType(INVALID_CAMPAIGN);
        problem.setTitle("Invalid campaign");
        problem.setProperty("errors", e.errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(Campaigns.Conflict e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No campaign " + e.getMessage());
    }
}
