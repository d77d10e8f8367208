package ua.vidguk.conversation.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.Channel;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;
import ua.vidguk.survey.Question;

/**
 * Words a {@link Prompt} for a channel. SMS gets the question's short {@code sms} wording, which says
 * how to answer with a digit, and a choice's options as numbered lines; it has no buttons, and every
 * character is paid for. Viber and Telegram get the full wording and buttons whose payloads the
 * engine recognises (see {@link ButtonPayload}). Pure: the loaded templates are data.
 */
public final class PromptRenderer {

    private final Messages messages;

    public PromptRenderer(Messages messages) {
        this.messages = messages;
    }

    /** The prompt as text and buttons for a channel, in a language (Ukrainian when it has none). */
    public RenderedMessage render(Prompt prompt, Channel channel, String locale) {
        String variant = channel.name().toLowerCase(Locale.ROOT);
        return switch (prompt) {
            case Prompt.Ask ask
            when ask.reprompt() ->
                new RenderedMessage(hint(ask.question(), variant, locale), buttons(ask.question(), channel, locale));
            case Prompt.Ask ask ->
                new RenderedMessage(
                        questionText(ask.question(), channel, locale), buttons(ask.question(), channel, locale));
            case Prompt.Thanks thanks ->
                new RenderedMessage(
                        messages.render(
                                MessageName.THANKS,
                                variant,
                                locale,
                                Map.of(
                                        "centreName", thanks.centreName(),
                                        "negative", thanks.negative(),
                                        "callbackRequested", thanks.callbackRequested())),
                        // In Telegram, the end of a survey is when asking for the number is fair:
                        // shared, it lets later invitations come here instead of by SMS. Not in
                        // Viber, whose contact messages do not prove whose number they carry.
                        channel != Channel.TELEGRAM
                                ? List.of()
                                : List.of(Button.sharePhone(
                                        messages.render(MessageName.LABEL_SHARE_PHONE, variant, locale, Map.of()))));
            case Prompt.OptOutConfirmed ignored ->
                text(messages.render(MessageName.OPTED_OUT, variant, locale, Map.of()));
            case Prompt.OptInConfirmed ignored ->
                text(messages.render(MessageName.OPTED_IN, variant, locale, Map.of()));
            case Prompt.ClosedPolitely ignored ->
                text(messages.render(MessageName.SURVEY_CLOSED, variant, locale, Map.of()));
            case Prompt.NoOpenSurvey ignored ->
                text(messages.render(MessageName.NO_OPEN_SURVEY, variant, locale, Map.of()));
            case Prompt.EntryLimited ignored ->
                text(messages.render(MessageName.ENTRY_LIMITED, variant, locale, Map.of()));
        };
    }

    /**
     * A question's wording for a channel, without buttons: also what the invitation carries as its
     * first question.
     */
    public String questionText(Question question, Channel channel, String locale) {
        if (channel != Channel.SMS) {
            return question.text().in(locale);
        }
        String wording = question.smsText().in(locale);
        if (question.options().isEmpty()) {
            return wording;
        }
        // One option a line, "3 порада": a line break costs one character, less than ", ", and reads
        // better; the number before each option says what to send. Every character counts: 70 fit one SMS.
        return wording + "\n"
                + question.options().stream()
                        .map(option -> option.number() + " " + option.smsText().in(locale))
                        .collect(Collectors.joining("\n"));
    }

    private String hint(Question question, String variant, String locale) {
        return switch (question.type()) {
            case SCALE ->
                messages.render(
                        MessageName.REPROMPT_SCALE,
                        variant,
                        locale,
                        Map.of(
                                "low", lowerFirst(question.scale().low().in(locale), locale),
                                "high", lowerFirst(question.scale().high().in(locale), locale)));
            case CHOICE ->
                messages.render(
                        MessageName.REPROMPT_CHOICE,
                        variant,
                        locale,
                        Map.of("count", Integer.toString(question.options().size())));
            case YES_NO -> messages.render(MessageName.REPROMPT_YES_NO, variant, locale, Map.of());
            case TEXT ->
                messages.render(
                        MessageName.REPROMPT_TEXT,
                        variant,
                        locale,
                        Map.of(
                                "maxLength",
                                        Integer.toString(question.freeText().maxLength()),
                                "skippable", question.freeText().skippable()));
        };
    }

    private List<Button> buttons(Question question, Channel channel, String locale) {
        return channel == Channel.SMS ? List.of() : new QuestionButtons(messages, locale).of(question);
    }

    // The labels read "Дуже погано" as a button but "1 — дуже погано" inside a sentence.
    private static String lowerFirst(String label, String locale) {
        return label.isEmpty()
                ? label
                : label.substring(0, 1).toLowerCase(Locale.forLanguageTag(locale)) + label.substring(1);
    }

    private static RenderedMessage text(String text) {
        return new RenderedMessage(text, List.of());
    }
}
