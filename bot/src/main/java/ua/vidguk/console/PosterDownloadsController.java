package ua.vidguk.console;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import ua.vidguk.access.Caller;
import ua.vidguk.poster.PosterFiles;

/**
 * The files of {@code /api/v1/cnaps/{code}/…} and {@code /api/v1/regions/{region}/posters.zip},
 * for the console's session (the API takes bearer credentials only): the same answers, the same
 * scope checks, made by {@link PosterFiles}.
 */
@RestController
class PosterDownloadsController {

    static final String CENTRES = "/console/posters/centres/";
    static final String REGIONS = "/console/posters/regions/";
    /** The page's preview: small, and an SVG scales to any screen. */
    static final int PREVIEW_SIZE = 128;
    /** Large enough for a leaflet or a slide at print resolution. */
    static final int PNG_SIZE = 1024;

    private final PosterFiles files;

    PosterDownloadsController(PosterFiles files) {
        this.files = files;
    }

    static String files(String code) {
        return CENTRES + code;
    }

    static String zip(String region) {
        return REGIONS + region + "/posters.zip";
    }

    @GetMapping(CENTRES + "{code}/qr.svg")
    ResponseEntity<String> svg(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            @RequestParam(defaultValue = "" + PosterFiles.DEFAULT_SIZE) int size) {
        return files.svg(caller, code, size);
    }

    @GetMapping(CENTRES + "{code}/qr.png")
    ResponseEntity<byte[]> png(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            @RequestParam(defaultValue = "" + PosterFiles.DEFAULT_SIZE) int size) {
        return files.png(caller, code, size);
    }

    @GetMapping(CENTRES + "{code}/poster.pdf")
    ResponseEntity<byte[]> poster(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
        return files.poster(caller, code);
    }

    @GetMapping(REGIONS + "{region}/posters.zip")
    ResponseEntity<StreamingResponseBody> region(@AuthenticationPrincipal Caller caller, @PathVariable String region) {
        return files.region(caller, region);
    }
}
