package ua.vidguk.console;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.channel.Channel;

/** The console's front page (who is signed in, and what they may use) and its sign-in page. */
@RestController
class HomeController {

    private final Simulators simulators;
    private final Pages pages;

    HomeController(Simulators simulators, Pages pages) {
        this.simulators = simulators;
        this.pages = pages;
    }

    @GetMapping("/")
    ResponseEntity<String> home(CsrfToken csrf) {
        return pages.render(
                "home",
                csrf,
                Map.of(
                        "channels",
                        simulators.states(Channel.SMS),
                        "phone",
                        PhoneController.DEFAULT_PHONE,
                        "phoneQuery",
                        PhoneScreen.query(PhoneController.DEFAULT_PHONE)));
    }

    @GetMapping("/sign-in")
    ResponseEntity<String> signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String out,
            @RequestParam(name = "password-set", required = false) String passwordSet,
            CsrfToken csrf) {
        return pages.render(
                "sign-in",
                csrf,
                Map.of("error", error != null, "out", out != null, "passwordSet", passwordSet != null));
    }
}
