package ua.vidguk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ua.vidguk.template.TestTemplates;

/** The packaged default survey: its questions, branching and negative rule. */
class CnapVisitSurveyTests {

    private static final Survey SURVEY = new Surveys(TestTemplates.packaged()).get("cnap-visit");

    @Test
    void hasTheQuestionsTheCentresMeasureInOrder() {
        assertThat(SURVEY.locales()).containsExactly("uk", "en");
        assertThat(SURVEY.questions())
                .extracting(Question::id, Question::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("overall", QuestionType.SCALE),
                        org.assertj.core.groups.Tuple.tuple("received", QuestionType.YES_NO),
                        org.assertj.core.groups.Tuple.tuple("waiting", QuestionType.SCALE),
                        org.assertj.core.groups.Tuple.tuple("friendliness", QuestionType.SCALE),
                        org.assertj.core.groups.Tuple.tuple("competence", QuestionType.SCALE),
                        org.assertj.core.groups.Tuple.tuple("premises", QuestionType.SCALE),
                        org.assertj.core.groups.Tuple.tuple("problem", QuestionType.CHOICE),
                        org.assertj.core.groups.Tuple.tuple("comment", QuestionType.TEXT),
                        org.assertj.core.groups.Tuple.tuple("callback", QuestionType.YES_NO));
    }

    @Test
    void rolesMarkTheCommentAndTheCallBackConsent() {
        assertThat(SURVEY.withRole(QuestionRole.COMMENT)).map(Question::id).contains("comment");
        assertThat(SURVEY.withRole(QuestionRole.CALLBACK_CONSENT))
                .map(Question::id)
                .contains("callback");
        assertThat(SURVEY.question("comment").freeText().skippable()).isTrue();
    }

    @Test
    void aHappyVisitorIsAskedNeitherWhatWentWrongNorForACallBack() {
        assertThat(walk("5", "yes", "4", "5", "5", "4", ""))
                .containsExactly("overall", "received", "waiting", "friendliness", "competence", "premises", "comment");
        assertThat(SURVEY.isNegative(answers("5", "yes", "4", "5", "5", "4", null, "")))
                .isFalse();
    }

    @Test
    void aMiddlingRatingAsksWhatWentWrongAndForACallBack() {
        assertThat(walk("3", "yes", "3", "3", "3", "3", "waiting", "Довго", "no"))
                .containsExactly(
                        "overall",
                        "received",
                        "waiting",
                        "friendliness",
                        "competence",
                        "premises",
                        "problem",
                        "comment",
                        "callback");
        assertThat(SURVEY.isNegative(answers("3", "yes", "3", "3", "3", "3", "waiting", "Довго")))
                .isFalse();
    }

    @Test
    void serviceNotReceivedIsNegativeAndAsksForACallBack() {
        assertThat(walk("4", "no", "4", "4", "4", "4", "", "yes")).endsWith("comment", "callback");
        Map<String, String> answers = answers("4", "no", "4", "4", "4", "4", null, "");
        assertThat(SURVEY.isNegative(answers)).isTrue();
        assertThat(SURVEY.negativeQuestions(answers)).extracting(Question::id).containsExactly("received");
    }

    @Test
    void lowRatingsMakeAResponseNegative() {
        assertThat(SURVEY.isNegative(answers("2", "yes", "5", "5", "5", "5", "rude", "")))
                .isTrue();
        assertThat(SURVEY.isNegative(answers("4", "yes", "5", "2", "5", "5", null, "")))
                .isTrue();
        assertThat(SURVEY.isNegative(answers("4", "yes", "5", "5", "2", "5", null, "")))
                .isTrue();
        assertThat(SURVEY.isNegative(answers("4", "yes", "5", "3", "3", "1", null, "")))
                .isTrue();
        assertThat(SURVEY.isNegative(answers("3", "yes", "3", "3", "3", "3", "payment", "")))
                .isTrue();
    }

    @Test
    void aLowFriendlinessOrCompetenceAsksForACallBackEvenAfterAGoodOverallRating() {
        assertThat(walk("4", "yes", "4", "2", "4", "4", "", "yes")).endsWith("comment", "callback");
        assertThat(walk("4", "yes", "4", "4", "1", "4", "", "yes")).endsWith("comment", "callback");
        assertThat(SURVEY.negativeQuestions(answers("4", "yes", "4", "2", "1", "4", null, "")))
                .extracting(Question::id)
                .containsExactly("friendliness", "competence");
    }

    @Test
    void notBeingServedInUkrainianIsNegativeEvenAtAMiddlingRating() {
        Map<String, String> answers = answers("3", "yes", "3", "3", "3", "3", "language", "");
        assertThat(SURVEY.negativeQuestions(answers)).extracting(Question::id).containsExactly("problem");
        assertThat(walk("3", "yes", "3", "3", "3", "3", "language", "", "no")).endsWith("comment", "callback");
    }

    @Test
    void whatWentWrongNamesTheServiceStandardsCriteria() {
        assertThat(SURVEY.question("problem").options())
                .extracting(Option::id)
                .contains("rude", "attention", "advice", "mistakes", "language", "payment")
                .hasSizeLessThanOrEqualTo(9);
    }

    @Test
    void everySmsWordingFitsOneSegment() {
        for (Question question : SURVEY.questions()) {
            question.smsText()
                    .byLocale()
                    .forEach((locale, text) -> assertThat(text.length())
                            .as("%s sms.%s: %s", question.id(), locale, text)
                            .isLessThanOrEqualTo(70));
        }
    }

    @Test
    void everyQuestionAcceptsItsCanonicalAnswers() {
        assertThat(SURVEY.question("overall").accepts("5")).isTrue();
        assertThat(SURVEY.question("overall").accepts("6")).isFalse();
        assertThat(SURVEY.question("received").accepts("no")).isTrue();
        assertThat(SURVEY.question("problem").accepts("payment")).isTrue();
        assertThat(SURVEY.question("problem").accepts("7")).isFalse();
        assertThat(SURVEY.question("comment").accepts("")).isTrue();
        assertThat(SURVEY.question("comment").accepts("x".repeat(1001))).isFalse();
    }

    /** Answers each question the survey asks, in order, and returns the ids asked. */
    private static List<String> walk(String... replies) {
        Map<String, String> answers = new HashMap<>();
        List<String> asked = new java.util.ArrayList<>();
        int reply = 0;
        for (Optional<Question> next = SURVEY.next(answers); next.isPresent(); next = SURVEY.next(answers)) {
            asked.add(next.get().id());
            answers.put(next.get().id(), replies[reply++]);
        }
        return asked;
    }

    private static Map<String, String> answers(
            String overall,
            String received,
            String waiting,
            String friendliness,
            String competence,
            String premises,
            String problem,
            String comment) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("overall", overall);
        answers.put("received", received);
        answers.put("waiting", waiting);
        answers.put("friendliness", friendliness);
        answers.put("competence", competence);
        answers.put("premises", premises);
        if (problem != null) {
            answers.put("problem", problem);
        }
        answers.put("comment", comment);
        return answers;
    }
}
