package ua.vidguk.web;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.vidguk.contact.InvalidPhoneNumber;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.VisitLinks;
import ua.vidguk.conversation.WebSurveyPage;
import ua.vidguk.conversation.WebSurveys;
import ua.vidguk.message.Messages;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.QuestionType;

/**
 * A survey's page, public to whoever holds its link ({@code /v/<token>}): an invitation's, or one a
 * centre's QR code opened. It asks the current question as a form, one question a page; answered
 * here, an invitation's survey continues on the web and sends no more SMS. The messengers stay one
 * tap away where they are configured.
 */
@RestController
class VisitPageController {

    private static final Pattern ANSWER = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Set<String> ERRORS = Set.of("phone-invalid", "phone-busy");

    private final WebSurveys surveys;
    private final SurveyPages pages;
    private final Messages messages;

    VisitPageController(WebSurveys surveys, SurveyPages pages, Messages messages) {
        this.surveys = surveys;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping(value = VisitLinks.PATH + "{token}", produces = SurveyPages.HTML)
    ResponseEntity<String> visit(
            @PathVariable String token,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String error) {
        var model = new SurveyPageModel(lang, VisitLinks.PATH + token);
        var found = surveys.page(token);
        if (found.isEmpty()) {
            return pages.page(HttpStatus.NOT_FOUND, model.done("unknown-heading", model.text("unknown-text")));
        }
        WebSurveyPage page = found.get();
        return pages.ok(
                switch (page.state()) {
                    case ASKING ->
                        model.asking(
                                page,
                                error != null && ERRORS.contains(error) ? error : null,
                                pages.messengerLinks(token));
                    case COMPLETED -> model.thanks(page, messages);
                    case ENDED -> model.done("ended-heading", model.text("ended-text"));
                });
    }

    /**
     * One answer. A form for a step already answered (sent twice, or again from the back button)
     * records nothing and shows where the survey is now.
     */
    @PostMapping(value = VisitLinks.PATH + "{token}", produces = SurveyPages.HTML)
    ResponseEntity<String> answer(
            @PathVariable String token,
            @RequestParam(defaultValue = "-1") long step,
            @RequestParam(required = false) @Nullable String answer,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String skip,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String lang) {
        String path = VisitLinks.PATH + token;
        String language = "en".equals(lang) ? "en" : "uk";
        var found = surveys.page(token);
        if (found.isEmpty()) {
            return visit(token, lang, null);
        }
        WebSurveyPage page = found.get();
        if (page.state() != WebSurveyPage.State.ASKING || page.step() != step) {
            return SurveyPages.seeOther(path, language, Map.of());
        }
        PhoneNumber callbackPhone = null;
        if (page.phoneWanted() && "yes".equals(answer)) {
            try {
                callbackPhone = PhoneNumber.parseMobile(phone);
            } catch (InvalidPhoneNumber e) {
                return SurveyPages.seeOther(path, language, Map.of("error", "phone-invalid"));
            }
        }
        var answered = surveys.answer(token, step, reply(page.question(), answer, text, skip), callbackPhone);
        return answered == WebSurveyPage.Answered.PHONE_BUSY
                ? SurveyPages.seeOther(path, language, Map.of("error", "phone-busy"))
                : SurveyPages.seeOther(path, language, Map.of());
    }

    /**
     * The reply as a messenger would carry it: a choice as its button's payload ({@code
     * @<question>:<answer>}), a comment as typed, "skip" as the skip button's empty answer. Nothing
     * chosen is a reply that is not an answer, which the engine counts as such.
     */
    private static String reply(
            Question question, @Nullable String answer, @Nullable String text, @Nullable String skip) {
        if (question.type() == QuestionType.TEXT) {
            boolean blank = text == null || text.isBlank();
            return skip != null || (blank && question.freeText().skippable())
                    ? "@" + question.id() + ":"
                    : text == null ? "" : text;
        }
        return answer != null && ANSWER.matcher(answer).matches() ? "@" + question.id() + ":" + answer : "";
    }
}
