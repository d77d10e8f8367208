package ua.vidguk.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.QuestionRole;
import ua.vidguk.survey.QuestionType;
import ua.vidguk.survey.Survey;
import ua.vidguk.survey.Surveys;

/**
 * A response's answers as staff read them: each question's short wording and the answer in words.
 * The comment is left out (the alert shows it on its own), and so is the call-back consent (the
 * alert says it beside the number).
 */
@Component
class AnswerTexts {

    private final Surveys surveys;
    private final Messages messages;

    AnswerTexts(Surveys surveys, Messages messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    /** Scores shown plainly: "2 з 5", "ні", the option's words; the comment is shown on its own. */
    List<Map<String, String>> of(NegativeFeedbackReceived feedback) {
        Survey survey = surveys.find(feedback.surveyId()).orElse(null);
        List<Map<String, String>> shown = new ArrayList<>();
        feedback.answers().forEach((id, answer) -> {
            Question question = survey == null ? null : survey.find(id).orElse(null);
            if (question == null || question.role() == QuestionRole.COMMENT || answer.isEmpty()) {
                return;
            }
            if (question.role() == QuestionRole.CALLBACK_CONSENT) {
                return;
            }
            shown.add(Map.of("question", asked(question), "answer", plain(question, answer)));
        });
        return shown;
    }

    /**
     * The question itself, without how to answer it: "Як ви загалом оцінюєте обслуговування в
     * центрі?" rather than its SMS wording with "1 — так, 2 — ні", which is for the visitor.
     */
    static String asked(Question question) {
        String text = question.text().in(StaffLocale.UKRAINIAN).strip();
        int end = text.indexOf('?');
        if (end < 0) {
            end = text.indexOf('.');
        }
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private String plain(Question question, String answer) {
        if (question.type() == QuestionType.SCALE) {
            return messages.render(MessageName.STAFF_SCORE, StaffLocale.UKRAINIAN, Map.of("score", answer));
        }
        if (question.type() == QuestionType.YES_NO) {
            return messages.render(
                    answer.equals("yes") ? MessageName.LABEL_YES : MessageName.LABEL_NO,
                    StaffLocale.UKRAINIAN,
                    Map.of());
        }
        if (question.type() == QuestionType.CHOICE) {
            return question.options().stream()
                    .filter(option -> option.id().equals(answer))
                    .map(option -> option.text().in(StaffLocale.UKRAINIAN))
                    .findFirst()
                    .orElse(answer);
        }
        return answer;
    }
}
