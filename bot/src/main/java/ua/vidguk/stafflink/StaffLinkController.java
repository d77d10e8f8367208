package ua.vidguk.stafflink;

import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.vidguk.access.Audited;
import ua.vidguk.access.Caller;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.cnap.Regions;

/**
 * One-time codes with which a group admin makes a group a staff chat ({@code /link <code>}), within
 * the coordinator's scope: a centre outside it is "not found"; a region's chat needs a scope that
 * covers the whole region, the ministry's chat a national scope (403 otherwise: regions and the
 * country are public, so there is nothing to hide).
 */
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
    @Audited("staff-link-code.issued")
    IssuedCode forCentre(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
        if (cnaps.find(code)
                .filter(cnap -> caller.sees(cnap.code(), cnap.region()))
                .isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No centre with code " + code + ".");
        }
        return issue(Scope.cnap(code));
    }

    @PostMapping("/regions/{region}/staff-link-code")
    @ResponseStatus(HttpStatus.CREATED)
    @Audited("staff-link-code.issued")
    IssuedCode forRegion(@AuthenticationPrincipal Caller caller, @PathVariable String region) {
        if (regions.find(region).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No region with code " + region + ".");
        }
        if (!caller.scope().coversRegion(region)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "A code for region " + region + " is not for " + caller.scope() + ".");
        }
        return issue(Scope.region(region));
    }

    @PostMapping("/staff-link-code")
    @ResponseStatus(HttpStatus.CREATED)
    @Audited("staff-link-code.issued")
    IssuedCode national(@AuthenticationPrincipal Caller caller) {
        if (!caller.scope().national()) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "The ministry's chat code needs a national scope, not " + caller.scope() + ".");
        }
        return issue(Scope.NATIONAL);
    }

    private IssuedCode issue(Scope scope) {
        var issued = codes.issue(scope);
        return new IssuedCode(issued.code(), issued.scope(), issued.expiresAt());
    }
}
