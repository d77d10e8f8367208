package ua.vidguk.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One question of a survey.
 *
 * <p>Answers are kept in a canonical form that {@link #accepts(String)} checks: a rating {@code
 * "1"}…{@code "5"} for {@link QuestionType#SCALE}, an option id for {@link QuestionType#CHOICE},
 * {@code "yes"}/{@code "no"} for {@link QuestionType#YES_NO}, the text (or {@code ""} when skipped)
 * for {@link QuestionType#TEXT}.
 *
 * @param id unique within the survey
 * @param type the kind of answer
 * @param text the wording for messengers
 * @param sms a wording of at most 70 characters for SMS, or {@code null} when {@code text} is short
 *     enough
 * @param scale the labels of a scale question, {@code null} for other types
 * @param options the options of a choice question, numbered from 1; empty for other types
 * @param freeText the limits of a text question, {@code null} for other types
 * @param when ask only if one of these holds; empty to always ask
 * @param negativeWhen the response is negative if one of these holds
 * @param role what the question means to other features, or {@code null}
 */
public record Question(
        String id,
        QuestionType type,
        LocalizedText text,
        LocalizedText sms,
        Scale scale,
        List<Option> options,
        FreeText freeText,
        List<Condition> when,
        List<Condition> negativeWhen,
        QuestionRole role) {

    /** The longest SMS wording that fits one Cyrillic (UCS-2) SMS segment. */
    public static final int SMS_MAX_LENGTH = 70;

    public Question {
        options = List.copyOf(options);
        when = List.copyOf(when);
        negativeWhen = List.copyOf(negativeWhen);
    }

    /** The wording for SMS: the short one when there is one. */
    public LocalizedText smsText() {
        return sms != null ? sms : text;
    }

    /** Whether the question is asked, given the answers to earlier questions. */
    public boolean isAsked(Map<String, String> answers) {
        return when.isEmpty() || Condition.anyMatches(when, answers);
    }

    /** The option a visitor picks by replying with its number. */
    public Optional<Option> option(int number) {
        return options.stream().filter(option -> option.number() == number).findFirst();
    }

    /** Whether a value is a canonical answer to this question. */
    public boolean accepts(String answer) {
        if (answer == null) {
            return false;
        }
        return switch (type) {
            case SCALE ->
                answer.length() == 1 && answer.charAt(0) >= '0' + Scale.MIN && answer.charAt(0) <= '0' + Scale.MAX;
            case CHOICE -> options.stream().anyMatch(option -> option.id().equals(answer));
            case YES_NO -> answer.equals("yes") || answer.equals("no");
            case TEXT -> answer.isEmpty() ? freeText.skippable() : answer.length() <= freeText.maxLength();
        };
    }
}
