package ua.vidguk.web;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import ua.vidguk.channel.Channel;
import ua.vidguk.conversation.WebSurveyPage;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.QuestionType;
import ua.vidguk.survey.Scale;

/** What a web survey's page shows, in its language (Ukrainian, or English with {@code lang=en}). */
final class SurveyPageModel {

    private final boolean english;
    private final String path;
    private final ResourceBundle texts;
    private final Map<String, Object> values = new HashMap<>();

    /** @param path the page's own path, for the language switch and the form */
    SurveyPageModel(@Nullable String lang, String path) {
        this.english = "en".equals(lang);
        this.path = path;
        // survey.properties is the Ukrainian; no fallback to the machine's own locale.
        this.texts = ResourceBundle.getBundle(
                "ua.vidguk.web.survey",
                english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> t = new HashMap<>();
        texts.keySet().forEach(key -> t.put(key, texts.getString(key)));
        values.put("t", t);
        values.put("lang", lang());
        values.put("action", path);
        values.put(
                "otherLanguage",
                UriComponentsBuilder.fromPath(path)
                        .queryParam("lang", english ? "uk" : "en")
                        .build()
                        .toUriString());
    }

    String lang() {
        return english ? "en" : "uk";
    }

    String text(String key, Object... arguments) {
        return arguments.length == 0 ? texts.getString(key) : MessageFormat.format(texts.getString(key), arguments);
    }

    Map<String, Object> intro(String cnapName, String browser, @Nullable Map<String, String> messengers) {
        values.put("intro", true);
        values.put("heading", text("intro-heading", cnapName));
        values.put("browser", browser);
        return withMessengers(messengers);
    }

    Map<String, Object> asking(
            WebSurveyPage page, @Nullable String errorKey, @Nullable Map<String, String> messengers) {
        Question question = page.question();
        values.put("heading", text("question-of", page.cnapName()));
        values.put("step", Long.toString(page.step()));
        values.put("sms", page.channel() == Channel.SMS);
        String error = errorKey != null ? text(errorKey) : page.reprompted() ? text(repromptKey(question)) : null;
        Map<String, Object> asked = new HashMap<>();
        asked.put("question", question.text().in(lang()));
        asked.put("error", error);
        if (question.type() == QuestionType.TEXT) {
            asked.put("maxLength", Integer.toString(question.freeText().maxLength()));
            values.put("text", asked);
            values.put("skippable", question.freeText().skippable());
        } else {
            asked.put("options", options(question));
            asked.put("phone", page.phoneWanted());
            values.put("choices", asked);
        }
        values.put("asking", true);
        return withMessengers(messengers);
    }

    Map<String, Object> done(String headingKey, String text) {
        values.put("done", true);
        values.put("heading", text(headingKey));
        values.put("text", text);
        return values;
    }

    /** The thank-you: the channel-independent message every channel ends with. */
    Map<String, Object> thanks(WebSurveyPage page, Messages messages) {
        return done(
                "thanks-heading",
                messages.render(
                        MessageName.THANKS,
                        lang(),
                        Map.of(
                                "centreName", page.cnapName(),
                                "negative", page.negative(),
                                "callbackRequested", page.callbackRequested())));
    }

    private Map<String, Object> withMessengers(@Nullable Map<String, String> messengers) {
        if (messengers != null && !messengers.isEmpty()) {
            values.put("messengers", messengers);
        }
        return values;
    }

    private List<Map<String, String>> options(Question question) {
        List<Map<String, String>> options = new ArrayList<>();
        switch (question.type()) {
            case SCALE -> {
                for (int rating = Scale.MIN; rating <= Scale.MAX; rating++) {
                    String label = Integer.toString(rating);
                    if (rating == Scale.MIN) {
                        label += " — " + question.scale().low().in(lang());
                    } else if (rating == Scale.MAX) {
                        label += " — " + question.scale().high().in(lang());
                    }
                    options.add(Map.of("value", Integer.toString(rating), "label", label));
                }
            }
            case YES_NO -> {
                options.add(Map.of("value", "yes", "label", text("yes")));
                options.add(Map.of("value", "no", "label", text("no")));
            }
            case CHOICE ->
                question.options()
                        .forEach(option -> options.add(Map.of(
                                "value", option.id(), "label", option.text().in(lang()))));
            case TEXT -> {}
        }
        return options;
    }

    private static String repromptKey(Question question) {
        return question.type() == QuestionType.TEXT ? "reprompt-text" : "reprompt";
    }

    String path() {
        return path;
    }
}
