package ua.vidguk.poster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import ua.vidguk.access.Caller;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.cnap.Regions;

/**
 * A centre's QR code and poster, for any signed-in caller whose scope covers the centre (a
 * centre's own staff print their own); a region's posters as one ZIP, for a scope that covers the
 * whole region. A centre or region outside the scope is not found, as an unknown one is.
 */
@RestController
@RequestMapping("/api/v1")
class PosterController {

    static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final CnapRegistry cnaps;
    private final Regions regions;
    private final SurveyAddress addresses;

    PosterController(CnapRegistry cnaps, Regions regions, SurveyAddress addresses) {
        this.cnaps = cnaps;
        this.regions = regions;
        this.addresses = addresses;
    }

    @GetMapping("/cnaps/{code}/qr.svg")
    ResponseEntity<String> svg(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            @RequestParam(defaultValue = "" + QrCode.DEFAULT_SIZE) @Min(QrCode.MIN_SIZE) @Max(QrCode.MAX_SIZE)
                    int size) {
        Cnap centre = visible(caller, code);
        return file(SVG, "inline", centre.code() + "-qr.svg")
                .body(QrCode.of(addresses.of(centre.code())).svg(size));
    }

    @GetMapping("/cnaps/{code}/qr.png")
    ResponseEntity<byte[]> png(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String code,
            @RequestParam(defaultValue = "" + QrCode.DEFAULT_SIZE) @Min(QrCode.MIN_SIZE) @Max(QrCode.MAX_SIZE)
                    int size) {
        Cnap centre = visible(caller, code);
        return file(MediaType.IMAGE_PNG, "inline", centre.code() + "-qr.png")
                .body(QrCode.of(addresses.of(centre.code())).png(size));
    }

    @GetMapping("/cnaps/{code}/poster.pdf")
    ResponseEntity<byte[]> poster(@AuthenticationPrincipal Caller caller, @PathVariable String code) {
        Cnap centre = visible(caller, code);
        return file(MediaType.APPLICATION_PDF, "inline", centre.code() + ".pdf")
                .body(PosterPdf.render(centre, addresses.of(centre.code())));
    }

    /** One PDF per centre, named by its code, written as the client reads: one poster at a time in memory. */
    @GetMapping("/regions/{region}/posters.zip")
    ResponseEntity<StreamingResponseBody> region(@AuthenticationPrincipal Caller caller, @PathVariable String region) {
        if (regions.find(region).isEmpty() || !caller.scope().coversRegion(region)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No region " + region);
        }
        List<Cnap> centres = cnaps.inRegion(region);
        // Read now: the body is written on another thread, without this request's address.
        String base = addresses.base();
        StreamingResponseBody body = out -> {
            try (var zip = new ZipOutputStream(out)) {
                for (Cnap centre : centres) {
                    zip.putNextEntry(new ZipEntry(centre.code() + ".pdf"));
                    zip.write(PosterPdf.render(centre, SurveyAddress.of(base, centre.code())));
                    zip.closeEntry();
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        return file(MediaType.valueOf("application/zip"), "attachment", "posters-" + region + ".zip")
                .body(body);
    }

    private Cnap visible(Caller caller, String code) {
        return cnaps.find(code)
                .filter(centre -> caller.sees(centre.code(), centre.region()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No centre " + code));
    }

    private static ResponseEntity.BodyBuilder file(MediaType type, String disposition, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.builder(disposition)
                                .filename(name)
                                .build()
                                .toString());
    }
}
