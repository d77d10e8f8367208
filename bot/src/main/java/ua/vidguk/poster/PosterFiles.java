package ua.vidguk.poster;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import ua.vidguk.access.Caller;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.cnap.Regions;

/**
 * The printable files as answers, for whichever door the caller came in by: the API's bearer key
 * ({@code /api/v1/...}) or the console's session ({@code /console/posters/...}). Each checks the
 * caller's scope: a centre outside it, or a region it does not cover whole, is not found ({@code
 * 404}), as an unknown one is; a QR code's size outside {@link #MIN_SIZE}–{@link #MAX_SIZE} is a
 * bad request.
 */
@Component
public class PosterFiles {

    static final int MIN_SIZE = QrCode.MIN_SIZE;
    static final int MAX_SIZE = QrCode.MAX_SIZE;
    /** A QR code's width and height when the caller names none. */
    public static final int DEFAULT_SIZE = QrCode.DEFAULT_SIZE;

    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");
    private static final MediaType ZIP = MediaType.valueOf("application/zip");

    private final CnapRegistry cnaps;
    private final Regions regions;
    private final SurveyAddress addresses;

    PosterFiles(CnapRegistry cnaps, Regions regions, SurveyAddress addresses) {
        this.cnaps = cnaps;
        this.regions = regions;
        this.addresses = addresses;
    }

    /** The centre's QR code as SVG, {@code size} pixels wide and high (it scales without loss). */
    public ResponseEntity<String> svg(Caller caller, String code, int size) {
        Cnap centre = visible(caller, code);
        return file(SVG, "inline", centre.code() + "-qr.svg")
                .body(QrCode.of(addresses.of(centre.code())).svg(checked(size)));
    }

    /** The centre's QR code as a PNG of {@code size}×{@code size} pixels. */
    public ResponseEntity<byte[]> png(Caller caller, String code, int size) {
        Cnap centre = visible(caller, code);
        return file(MediaType.IMAGE_PNG, "inline", centre.code() + "-qr.png")
                .body(QrCode.of(addresses.of(centre.code())).png(checked(size)));
    }

    /** The centre's A4 poster. */
    public ResponseEntity<byte[]> poster(Caller caller, String code) {
        Cnap centre = visible(caller, code);
        return file(MediaType.APPLICATION_PDF, "inline", centre.code() + ".pdf")
                .body(PosterPdf.render(centre, addresses.of(centre.code())));
    }

    /** One PDF per centre, named by its code, written as the client reads: one poster at a time in memory. */
    public ResponseEntity<StreamingResponseBody> region(Caller caller, String region) {
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
        return file(ZIP, "attachment", "posters-" + region + ".zip").body(body);
    }

    private Cnap visible(Caller caller, String code) {
        return cnaps.find(code)
                .filter(centre -> caller.sees(centre.code(), centre.region()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No centre " + code));
    }

    private static int checked(int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "size is " + MIN_SIZE + "–" + MAX_SIZE + " pixels");
        }
        return size;
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
