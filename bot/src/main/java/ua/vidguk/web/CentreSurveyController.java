package ua.vidguk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.cnap.Cnap;
import ua.vidguk.cnap.CnapRegistry;
import ua.vidguk.conversation.VisitLinks;
import ua.vidguk.conversation.WebSurveyPage;
import ua.vidguk.conversation.WebSurveys;
import ua.vidguk.limits.Admission;
import ua.vidguk.limits.EntryKind;
import ua.vidguk.limits.EntryLimits;
import ua.vidguk.poster.SurveyAddress;

/**
 * A centre's web survey ({@code /c/<code>}, what its QR code opens), public: a page on what it is,
 * with the messengers as the other way in; its start opens a new survey about the centre and
 * carries on at the survey's page ({@code /v/<token>}). One browser begins a centre's survey at
 * most once a Kyiv day ({@link DailyCookie}): a second visit that day continues the survey begun,
 * or, once it ended, hears that it was answered today (200, since nothing is wrong). One client
 * address begins a centre's survey at most {@code vidguk.limits.web-per-hour} times an hour
 * ({@link EntryLimits}; 429 with a friendly page and {@code Retry-After}): the limit for a script
 * that drops its cookies.
 */
@RestController
class CentreSurveyController {

    static final String PATH = SurveyAddress.PATH;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CnapRegistry cnaps;
    private final WebSurveys surveys;
    private final DailyCookie cookie;
    private final SurveyPages pages;
    private final EntryLimits limits;
    private final Clock clock;

    CentreSurveyController(
            CnapRegistry cnaps,
            WebSurveys surveys,
            DailyCookie cookie,
            SurveyPages pages,
            EntryLimits limits,
            Clock clock) {
        this.cnaps = cnaps;
        this.surveys = surveys;
        this.cookie = cookie;
        this.pages = pages;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping(value = PATH + "{code}", produces = SurveyPages.HTML)
    ResponseEntity<String> centre(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request) {
        var model = new SurveyPageModel(lang, PATH + code);
        Optional<Cnap> cnap = cnaps.find(code);
        if (cnap.isEmpty()) {
            return pages.page(HttpStatus.NOT_FOUND, model.done("no-centre-heading", model.text("no-centre-text")));
        }
        Optional<String> begun = cookie.today(request, code);
        if (begun.isPresent()) {
            boolean asking = surveys.page(begun.get())
                    .filter(page -> page.state() == WebSurveyPage.State.ASKING)
                    .isPresent();
            return asking
                    ? SurveyPages.seeOther(VisitLinks.PATH + begun.get(), model.lang(), Map.of())
                    : pages.ok(model.done(
                            "already-heading",
                            model.text("already-text", cnap.get().name())));
        }
        return pages.ok(model.intro(cnap.get().name(), newBrowserId(), pages.messengerLinks(code)));
    }

    /**
     * Begins the survey. The form's browser id makes a start sent twice (a double tap) open one
     * survey; the cookie makes a start sent again later go back to it.
     */
    @PostMapping(value = PATH + "{code}", produces = SurveyPages.HTML)
    ResponseEntity<String> start(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String browser,
            @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request) {
        var model = new SurveyPageModel(lang, PATH + code);
        if (cookie.today(request, code).isPresent()) {
            return SurveyPages.seeOther(PATH + code, model.lang(), Map.of());
        }
        if (cnaps.find(code).isEmpty()) {
            return pages.page(HttpStatus.NOT_FOUND, model.done("no-centre-heading", model.text("no-centre-text")));
        }
        Admission admission = limits.admit(code, EntryKind.WEB_ADDRESS, request.getRemoteAddr());
        if (!admission.admitted()) {
            ResponseEntity<String> limited =
                    pages.page(HttpStatus.TOO_MANY_REQUESTS, model.done("limited-heading", model.text("limited-text")));
            return ResponseEntity.status(limited.getStatusCode())
                    .headers(limited.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(admission.retryAfterSeconds(clock.instant())))
                    .body(limited.getBody());
        }
        Optional<String> token = surveys.begin(code, browser == null ? newBrowserId() : browser)
                .or(() -> surveys.begin(code, newBrowserId())); // a made-up id: the start counts anyway
        if (token.isEmpty()) {
            return pages.page(HttpStatus.NOT_FOUND, model.done("no-centre-heading", model.text("no-centre-text")));
        }
        var begun = cookie.issue(code, token.get(), request.isSecure());
        var redirect = SurveyPages.seeOther(VisitLinks.PATH + token.get(), model.lang(), Map.of());
        return ResponseEntity.status(redirect.getStatusCode())
                .headers(redirect.getHeaders())
                .header(HttpHeaders.SET_COOKIE, begun.toString())
                .build();
    }

    private static String newBrowserId() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
