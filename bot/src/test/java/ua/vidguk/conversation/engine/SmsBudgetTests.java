package ua.vidguk.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.SmsSegments;
import ua.vidguk.conversation.VisitLinks;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;
import ua.vidguk.survey.QuestionType;
import ua.vidguk.survey.Survey;
import ua.vidguk.survey.Surveys;
import ua.vidguk.template.TestTemplates;

/**
 * Every SMS the default survey can send, rendered with the longest realistic values, against what
 * it may cost: one part each, two for the invitation and the reminder with their link, and two for a
 * choice question with its numbered options (the default survey's one, "what went wrong", is asked
 * only after a low rating). A wording change that would double the SMS bill fails here, naming the
 * text.
 */
class SmsBudgetTests {

    static final String LONGEST_CENTRE =
            "Центр надання адміністративних послуг виконавчого комітету Кам'янець-Подільської міської ради";
    static final URI PUBLIC_BASE_URL = URI.create("https://vidguk.example.gov.ua");
    static final String TOKEN = "AbCdEfGhJk";

    final Surveys surveys = new Surveys(TestTemplates.packaged());
    final Messages messages = new Messages(TestTemplates.packaged(), surveys);
    final PromptRenderer renderer = new PromptRenderer(messages);
    final Survey survey = surveys.get("cnap-visit");

    @TestFactory
    Stream<DynamicTest> everySmsOfTheDefaultSurveyFitsItsBudget() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String locale : survey.locales()) {
            for (Prompt prompt : prompts()) {
                String text = renderer.render(prompt, Channel.SMS, locale).text();
                tests.add(fits(locale + " " + describe(prompt), text, parts(prompt)));
            }
            for (MessageName visit : List.of(MessageName.INVITATION, MessageName.REMINDER)) {
                String question = renderer.questionText(survey.questions().getFirst(), Channel.SMS, locale);
                String text = messages.render(
                        visit,
                        "sms",
                        locale,
                        Map.of(
                                "centreName",
                                LONGEST_CENTRE,
                                "question",
                                question,
                                "link",
                                VisitLinks.of(PUBLIC_BASE_URL, TOKEN)));
                tests.add(fits(locale + " " + visit.key() + " with its link", text, 2));
            }
        }
        return tests.stream();
    }

    List<Prompt> prompts() {
        List<Prompt> prompts = new ArrayList<>();
        survey.questions().forEach(question -> {
            prompts.add(new Prompt.Ask(question, false));
            prompts.add(new Prompt.Ask(question, true));
        });
        for (boolean negative : new boolean[] {false, true}) {
            for (boolean callback : new boolean[] {false, true}) {
                prompts.add(new Prompt.Thanks(LONGEST_CENTRE, negative, callback));
            }
        }
        prompts.addAll(List.of(
                new Prompt.OptOutConfirmed(),
                new Prompt.OptInConfirmed(),
                new Prompt.ClosedPolitely(),
                new Prompt.NoOpenSurvey()));
        return prompts;
    }

    static int parts(Prompt prompt) {
        return prompt instanceof Prompt.Ask ask
                        && !ask.reprompt()
                        && ask.question().type() == QuestionType.CHOICE
                ? 2
                : 1;
    }

    static DynamicTest fits(String name, String text, int parts) {
        return DynamicTest.dynamicTest(
                name,
                () -> assertThat(SmsSegments.count(text))
                        .as(
                                "%s costs %d SMS parts (%d characters%s), budget %d:%n%s",
                                name,
                                SmsSegments.count(text),
                                text.length(),
                                SmsSegments.isGsm(text) ? ", GSM-7" : ", UCS-2",
                                parts,
                                text)
                        .isLessThanOrEqualTo(parts));
    }

    static String describe(Prompt prompt) {
        return switch (prompt) {
            case Prompt.Ask ask ->
                (ask.reprompt() ? "re-prompt of " : "question ")
                        + ask.question().id();
            case Prompt.Thanks thanks ->
                "thanks (negative " + thanks.negative() + ", call back " + thanks.callbackRequested() + ")";
            default -> prompt.getClass().getSimpleName();
        };
    }
}
