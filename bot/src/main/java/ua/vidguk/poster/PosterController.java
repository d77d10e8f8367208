package ua.vidguk.poster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import ua.vidguk.access.Caller;

/**
 * A centre's QR code and poster, for any signed-in caller whose scope covers the centre (a
 * centre's own staff print their own); a region's posters as one ZIP, for a scope that covers the
 * whole region. A centre or region outside the scope is not found, as an unknown one is. The
 * console serves the same files to its session ({@code ua.vidguk.console}).
 */
@RestController
@RequestMapping("/api/v1")
class PosterController {

    private final PosterFiles files;

    PosterController(PosterFiles files) {
        this.files = files;
    }

    @GetMapping("/cnaps/{code}/qr.svg")
    ResponseEntity<String> svg(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            @RequestParam(defaultValue = "" + QrCode.DEFAULT_SIZE) @Min(QrCode.MIN_SIZE) @Max(QrCode.MAX_SIZE)
                    int size) {
        return files.svg(caller, code, size);
    }

    @GetMapping("/cnaps/{code}/qr.png")
    ResponseEntity<byte[]> png(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            @RequestParam(defaultValue = "" + QrCode.DEFAULT_SIZE) @Min(QrCode.MIN_SIZE) @Max(QrCode.MAX_SIZE)
                    int size) {
        return files.png(caller, code, size);
    }

    @GetMapping("/cnaps/{code}/poster.pdf")
    ResponseEntity<byte[]> poster(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
        return files.poster(caller, code);
    }

    @GetMapping("/regions/{region}/posters.zip")
    ResponseEntity<StreamingResponseBody> region(@AuthenticationPrincipal Caller caller, @PathVariable String region) {
        return files.region(caller, region);
    }
}
