package ua.vidguk.poster;

import java.net.URI;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ua.vidguk.VidgukProperties;

/**
 * A centre's web survey address, {@code <public base URL>/c/<code>}: what its QR code holds, its
 * poster prints and the public directory links to.
 *
 * <p>The base is {@code vidguk.public-base-url}; without it, the address the current request came
 * to (right on a machine reached directly, wrong behind a proxy that does not forward its host: a
 * production installation sets the URL).
 */
@Component
public class SurveyAddress {

    /** Where the web surveys live, under the public address. */
    public static final String PATH = "/c/";

    private final VidgukProperties vidguk;

    SurveyAddress(VidgukProperties vidguk) {
        this.vidguk = vidguk;
    }

    /** The public address without a trailing slash; needs a request when no base URL is set. */
    public String base() {
        URI configured = vidguk.publicBaseUrl();
        String base = configured != null
                ? configured.toString()
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return base.replaceAll("/+$", "");
    }

    /** The survey address of a centre, on {@link #base()}. */
    public String of(String code) {
        return of(base(), code);
    }

    /** @param base a public address without a trailing slash */
    public static String of(String base, String code) {
        // Centre codes are Latin letters, digits, '-' and '_' (CnapInput): nothing to encode.
        return base + PATH + code;
    }
}
