package ua.vidguk.stafflink;

import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.cnap.Regions;

/** One-time codes with which a group admin makes a group a staff chat ({@code /link <code>}). */
@RestController
@RequestMapping("/api/v1")
class StaffLinkController {

    private final LinkCodes codes;
    private final CnapRegistry cnaps;
    private final Regions regions;

    StaffLinkController(LinkCodes codes, CnapRegistry cnaps, Regions regions) {
        this.codes = codes;
        this.cnaps = cnaps;
        this.regions = regions;
    }

    /** What the coordinator passes on to the group's admin. */
    record IssuedCode(String code, String scope, Instant expiresAt) {}

    @PostMapping("/cnaps/{code}/staff-link-code")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedCode forCentre(@PathVariable String code) {
        if (cnaps.find(code).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No centre with code " + code + ".");
        }
        return issue(Scope.cnap(code));
    }

    @PostMapping("/regions/{region}/staff-link-code")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedCode forRegion(@PathVariable String region) {
        if (regions.find(region).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No region with code " + region + ".");
        }
        return issue(Scope.region(region));
    }

    @PostMapping("/staff-link-code")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedCode national() {
        return issue(Scope.NATIONAL);
    }

    private IssuedCode issue(Scope scope) {
        var issued = codes.issue(scope);
        return new IssuedCode(issued.code(), issued.scope(), issued.expiresAt());
    }
}
