package ua.vidguk.console;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import ua.vidguk.access.Caller;

/**
 * Renders the console's Mustache templates (logic-less, HTML-escaped) with the shared header and
 * footer as partials, and answers a form post with a redirect (303), so that reloading a page never
 * posts twice.
 */
@Component
class Pages {

    private final Mustache.Compiler compiler =
            Mustache.compiler().escapeHTML(true).defaultValue("").withLoader(name -> reader(name + ".html.mustache"));
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final SignedIn signedIn;

    Pages(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    /** A page; every page gets the CSRF field for its forms, and who is signed in (for the header). */
    ResponseEntity<String> render(String name, CsrfToken csrf, Map<String, ?> values) {
        return render(HttpStatus.OK, name, csrf, values);
    }

    ResponseEntity<String> render(HttpStatus status, String name, CsrfToken csrf, Map<String, ?> values) {
        Map<String, Object> all = new HashMap<>(signedIn.values(Caller.current()));
        all.putAll(values);
        all.put("csrfName", csrf.getParameterName());
        all.put("csrfValue", csrf.getToken());
        Template template = templates.computeIfAbsent(name, key -> compiler.compile(reader(key + ".html.mustache")));
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(template.execute(all));
    }

    /** Query values are encoded whole: a phone number's "+" would otherwise arrive as a space. */
    static ResponseEntity<String> redirect(String path, Map<String, String> query) {
        var uri = UriComponentsBuilder.fromPath(path);
        query.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
        URI location = uri.encode().buildAndExpand(query).toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(location).build();
    }

    private static Reader reader(String file) {
        return new InputStreamReader(
                Objects.requireNonNull(Pages.class.getResourceAsStream(file), file), StandardCharsets.UTF_8);
    }
}
