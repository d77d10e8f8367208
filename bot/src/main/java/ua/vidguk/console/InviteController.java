package ua.vidguk.console;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.access.Invitations;

/**
 * The page an invitation's link opens: the invited person sets a password, then signs in. A link
 * that was used, replaced or has expired answers 404 with a page that says what to do.
 */
@RestController
class InviteController {

    static final String PATH = "/invite/{token}";

    private final Invitations invitations;
    private final Pages pages;

    InviteController(Invitations invitations, Pages pages) {
        this.invitations = invitations;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> form(@PathVariable String token, CsrfToken csrf) {
        return invitations
                .invitedName(token)
                .map(name -> form(HttpStatus.OK, token, name, null, csrf))
                .orElseGet(() -> closed(csrf));
    }

    @PostMapping(PATH)
    ResponseEntity<String> setPassword(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated,
            CsrfToken csrf) {
        var name = invitations.invitedName(token);
        if (name.isEmpty()) {
            return closed(csrf);
        }
        return switch (invitations.setPassword(token, password, repeated)) {
            case SET -> Pages.redirect("/sign-in", Map.of("password-set", ""));
            case TOO_SHORT ->
                form(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        token,
                        name.get(),
                        "Пароль закороткий: потрібно щонайменше " + Invitations.minLength() + " символів.",
                        csrf);
            case NOT_THE_SAME ->
                form(HttpStatus.UNPROCESSABLE_CONTENT, token, name.get(), "Паролі не збігаються.", csrf);
            case LINK_CLOSED -> closed(csrf);
        };
    }

    private ResponseEntity<String> form(
            HttpStatus status,
            String token,
            String name,
            @org.jspecify.annotations.Nullable String error,
            CsrfToken csrf) {
        var values = new java.util.HashMap<String, Object>(
                Map.of("token", token, "invited", name, "minLength", Invitations.minLength()));
        if (error != null) {
            values.put("error", error);
        }
        return pages.render(status, "invite", csrf, values);
    }

    private ResponseEntity<String> closed(CsrfToken csrf) {
        return pages.render(HttpStatus.NOT_FOUND, "invite", csrf, Map.of("closed", true));
    }
}
