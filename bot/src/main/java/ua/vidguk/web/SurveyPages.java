package ua.vidguk.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The web survey's one template, and how its pages are answered: never cached (each answer changes
 * them, and the back button must show the survey as it is), forms answered by a redirect.
 */
@Component
class SurveyPages {

    static final String HTML = "text/html;charset=UTF-8";

    private final Template template;
    private final MessengerLinkProperties messengers;

    SurveyPages(MessengerLinkProperties messengers) throws IOException {
        this.messengers = messengers;
        try (Reader source = new InputStreamReader(
                Objects.requireNonNull(SurveyPages.class.getResourceAsStream("survey.html.mustache")),
                StandardCharsets.UTF_8)) {
            this.template =
                    Mustache.compiler().escapeHTML(true).defaultValue("").compile(source);
        }
    }

    ResponseEntity<String> page(HttpStatusCode status, Map<String, Object> values) {
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .header("Content-Type", HTML)
                .body(template.execute(values));
    }

    ResponseEntity<String> ok(Map<String, Object> values) {
        return page(HttpStatus.OK, values);
    }

    /** Post/Redirect/Get: the answer is never sent again by a reload. */
    static ResponseEntity<String> seeOther(String path, String lang, Map<String, String> query) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (lang.equals("en")) {
            uri.queryParam("lang", lang);
        }
        query.forEach(uri::queryParam);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(uri.encode().build().toUriString()))
                .cacheControl(CacheControl.noStore())
                .build();
    }

    /** The messenger deep links configured, carrying a visit's token or a centre's code. */
    Map<String, String> messengerLinks(String payload) {
        Map<String, String> links = new LinkedHashMap<>();
        String viber = messengers.viberLink(payload);
        String telegram = messengers.telegramLink(payload);
        if (viber != null) {
            links.put("viberLink", viber);
        }
        if (telegram != null) {
            links.put("telegramLink", telegram);
        }
        return links;
    }
}
