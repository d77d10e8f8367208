package ua.vidguk.conversation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ua.vidguk.channel.Button;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.Scale;

/** The tap answers of a question in a messenger, each carrying a {@link ButtonPayload}. */
final class QuestionButtons {

    private final Messages messages;
    private final String locale;

    QuestionButtons(Messages messages, String locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<Button> of(Question question) {
        return switch (question.type()) {
            case SCALE -> scale(question);
            case CHOICE ->
                question.options().stream()
                        .map(option -> button(question, option.text().in(locale), option.id()))
                        .toList();
            case YES_NO ->
                List.of(
                        button(question, label(MessageName.LABEL_YES), "yes"),
                        button(question, label(MessageName.LABEL_NO), "no"));
            case TEXT ->
                question.freeText().skippable()
                        ? List.of(button(question, label(MessageName.LABEL_SKIP), ""))
                        : List.of();
        };
    }

    // Only the ends are labelled: five labels would not fit a row, and the question says what 1 and 5 mean.
    private List<Button> scale(Question question) {
        List<Button> buttons = new ArrayList<>();
        for (int rating = Scale.MIN; rating <= Scale.MAX; rating++) {
            String label = Integer.toString(rating);
            if (rating == Scale.MIN) {
                label += " — " + question.scale().low().in(locale);
            } else if (rating == Scale.MAX) {
                label += " — " + question.scale().high().in(locale);
            }
            buttons.add(button(question, label, Integer.toString(rating)));
        }
        return buttons;
    }

    private String label(MessageName name) {
        return messages.render(name, locale, Map.of());
    }

    private static Button button(Question question, String label, String answer) {
        return new Button(label, new ButtonPayload(question.id(), answer).text());
    }
}
