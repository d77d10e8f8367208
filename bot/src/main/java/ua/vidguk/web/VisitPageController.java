package ua.vidguk.web;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.conversation.Conversations;
import ua.vidguk.conversation.Visit;
import ua.vidguk.conversation.VisitLinks;

/** The page behind an invitation's link: continue the survey in Viber or Telegram, or by SMS. */
@RestController
class VisitPageController {

    private final Conversations conversations;
    private final MessengerLinkProperties messengers;
    private final Template page;

    VisitPageController(Conversations conversations, MessengerLinkProperties messengers) throws IOException {
        this.conversations = conversations;
        this.messengers = messengers;
        try (Reader source = new InputStreamReader(
                VisitPageController.class.getResourceAsStream("visit.html.mustache"), StandardCharsets.UTF_8)) {
            this.page = Mustache.compiler().escapeHTML(true).defaultValue("").compile(source);
        }
    }

    @GetMapping(value = VisitLinks.PATH + "{token}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> visit(@PathVariable String token) {
        return conversations
                .visit(token)
                .map(visit -> ResponseEntity.ok(page.execute(values(visit))))
                .orElseGet(
                        () -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(page.execute(Map.of("unknown", true))));
    }

    private Map<String, Object> values(Visit visit) {
        Map<String, Object> values = new HashMap<>();
        values.put("cnapName", visit.cnapName());
        values.put("open", visit.open());
        values.put("closed", !visit.open());
        if (visit.open()) {
            values.put("viberLink", messengers.viberLink(visit.token()));
            values.put("telegramLink", messengers.telegramLink(visit.token()));
        }
        return values;
    }
}
