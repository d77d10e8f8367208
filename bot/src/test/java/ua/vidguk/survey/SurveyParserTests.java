package ua.vidguk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ua.vidguk.template.TemplateFile;
import ua.vidguk.template.TemplateProblems;

class SurveyParserTests {

    private static final String HEAD = """
            title: {uk: Тест, en: Test}
            locales: [uk, en]
            questions:
            """;

    private static final String OVERALL = """
              - id: overall
                type: scale
                text: {uk: Оцініть, en: Rate}
                low: {uk: Погано, en: Poor}
                high: {uk: Добре, en: Good}
            """;

    private static final String RECEIVED = """
              - id: received
                type: yes-no
                text: {uk: Отримали, en: Received}
            """;

    @Test
    void aValidSurveyLoadsWithItsIdFromTheFileName() {
        Optional<Survey> survey = parse(HEAD + OVERALL + RECEIVED, new TemplateProblems());

        assertThat(survey).hasValueSatisfying(s -> {
            assertThat(s.id()).isEqualTo("test");
            assertThat(s.locales()).containsExactly("uk", "en");
            assertThat(s.questions()).extracting(Question::id).containsExactly("overall", "received");
            assertThat(s.question("overall").scale().low().in("en")).isEqualTo("Poor");
        });
    }

    @Test
    void yamlSyntaxErrorsCarryTheirLine() {
        assertThat(problems(HEAD + OVERALL + "    text: [unclosed\n"))
                .singleElement()
                .asString()
                .startsWith("surveys/test.yaml:10: YAML syntax:");
    }

    @Test
    void aQuestionMarkInsideBracesGetsAHint() {
        assertThat(problems(HEAD + """
                  - id: received
                    type: yes-no
                    text: {uk: Отримали?, en: "Received?"}
                """))
                .containsExactly(
                        "surveys/test.yaml:6: YAML syntax: expected ',' or '}', but got ? (while parsing a flow"
                                + " mapping); inside {…} put texts with ? : or , in quotes, or write one locale per line");
    }

    @Test
    void unknownTypeIsReportedAtItsLine() {
        assertThat(problems(HEAD + """
                  - id: overall
                    type: rating
                    text: {uk: Оцініть, en: Rate}
                """))
                .containsExactly(
                        "surveys/test.yaml:5: unknown question type 'rating' (expected scale, choice, yes-no or text)");
    }

    @Test
    void everyDeclaredLocaleIsRequiredAndNoOther() {
        assertThat(problems(HEAD + """
                  - id: received
                    type: yes-no
                    text: {en: Received}
                    sms: {uk: Отримали, en: Received, de: Erhalten}
                """))
                .containsExactly(
                        "surveys/test.yaml:6: text has no 'uk' wording (the survey declares locales [uk, en])",
                        "surveys/test.yaml:7: sms has 'de', which is not among the survey's locales [uk, en]");
    }

    @Test
    void whenMustTestAnEarlierQuestion() {
        assertThat(problems(HEAD + """
                  - id: first
                    type: yes-no
                    text: {uk: Так, en: Yes}
                    when: [{question: later, is: yes}, {question: nothing, is: yes}, {question: first, is: no}]
                  - id: later
                    type: yes-no
                    text: {uk: Так, en: Yes}
                """))
                .containsExactly(
                        "surveys/test.yaml:7: 'when' tests question 'later', which is not asked before 'first'",
                        "surveys/test.yaml:7: 'when' tests question 'nothing', which the survey does not have",
                        "surveys/test.yaml:7: 'when' tests question 'first', which is not asked before 'first'");
    }

    @Test
    void conditionsMustFitTheQuestionType() {
        assertThat(problems(HEAD + OVERALL + RECEIVED + """
                  - id: follow-up
                    type: text
                    text: {uk: Чому, en: Why}
                    when:
                      - {question: received, at-most: 3}
                      - {question: overall, at-most: 7}
                      - {question: overall, is: 0}
                      - {question: received, is: maybe}
                """))
                .containsExactly(
                        "surveys/test.yaml:16: at-most applies only to scale questions; 'received' is a yes-no question",
                        "surveys/test.yaml:17: at-most 7 is out of the scale 1–5",
                        "surveys/test.yaml:18: '0' is not an answer to 'overall' (answers: 1, 2, 3, 4, 5)",
                        "surveys/test.yaml:19: 'maybe' is not an answer to 'received' (answers: no, yes)");
    }

    @Test
    void negativeWhenTestsItsOwnQuestion() {
        assertThat(problems(HEAD + """
                  - id: comment
                    type: text
                    text: {uk: Коментар, en: Comment}
                    negative-when: {question: comment, is: bad}
                """))
                .containsExactly(
                        "surveys/test.yaml:7: unknown key 'question' in a condition in 'negative-when' (expected one of [at-least, at-most, is])",
                        "surveys/test.yaml:7: conditions cannot test free text: 'comment' is a text question");
    }

    @Test
    void duplicateIdsAndKeysAreReported() {
        assertThat(problems(HEAD + OVERALL + OVERALL.replace("type: scale", "type: scale\n    type: scale")))
                .containsExactly(
                        "surveys/test.yaml:9: duplicate question id 'overall' (first at line 4)",
                        "surveys/test.yaml:11: duplicate key 'type'");
    }

    @Test
    void typosInKeysAndMisplacedKeysAreReported() {
        assertThat(problems(HEAD + """
                  - id: received
                    type: yes-no
                    text: {uk: Отримали, en: Received}
                    whn: {question: overall, at-most: 2}
                    options: []
                """))
                .containsExactly(
                        "surveys/test.yaml:7: unknown key 'whn' in question 'received' (expected one of [high, id,"
                                + " low, max-length, negative-when, options, role, skippable, sms, text, type, when])",
                        "surveys/test.yaml:8: 'options' applies to choice questions; question 'received' is yes-no");
    }

    @Test
    void smsWordingMustFitOneSegment() {
        assertThat(problems(HEAD + """
                  - id: received
                    type: yes-no
                    text: {uk: %s, en: Received}
                """.formatted("Я".repeat(71))))
                .containsExactly("surveys/test.yaml:6: text.uk is 71 characters; at most 70 fit one SMS: add a"
                        + " shorter 'sms' wording");
    }

    @Test
    void rolesNeedTheRightTypeAndAppearOnce() {
        assertThat(problems(HEAD + OVERALL.replace("type: scale", "type: scale\n    role: comment") + """
                  - id: a
                    type: yes-no
                    role: callback-consent
                    text: {uk: Так, en: Yes}
                  - id: b
                    type: yes-no
                    role: callback-consent
                    text: {uk: Так, en: Yes}
                """))
                .containsExactly(
                        "surveys/test.yaml:6: role comment needs a text question",
                        "surveys/test.yaml:14: role callback-consent is already on the question at line 10");
    }

    @Test
    void choiceOptionsAreNumberedAndChecked() {
        TemplateProblems problems = new TemplateProblems();
        Optional<Survey> survey = parse(HEAD + """
                  - id: why
                    type: choice
                    text: {uk: Чому, en: Why}
                    options:
                      - {id: queue, text: {uk: Черга, en: Queue}}
                      - {id: rude, text: {uk: Грубість, en: Rudeness}, sms: {uk: груб., en: rude}}
                """, problems);

        assertThat(problems.list()).isEmpty();
        Question why = survey.orElseThrow().question("why");
        assertThat(why.option(2)).hasValueSatisfying(option -> {
            assertThat(option.id()).isEqualTo("rude");
            assertThat(option.smsText().in("uk")).isEqualTo("груб.");
        });
        assertThat(why.option(3)).isEmpty();
        assertThat(problems(HEAD + """
                  - id: why
                    type: choice
                    text: {uk: Чому, en: Why}
                    options:
                      - {id: queue, text: {uk: Черга, en: Queue}}
                      - {id: queue, text: {uk: Черга, en: Queue}}
                """))
                .containsExactly("surveys/test.yaml:9: duplicate option id 'queue' (first at line 8)");
    }

    @Test
    void everyProblemOfAFileIsReportedNotJustTheFirst() {
        assertThat(problems("""
                title: {uk: Тест}
                locales: [uk, en]
                questions:
                  - id: a
                    type: rating
                  - id: b
                    type: scale
                    text: {uk: Б, en: B}
                """))
                .containsExactly(
                        "surveys/test.yaml:1: title has no 'en' wording (the survey declares locales [uk, en])",
                        "surveys/test.yaml:4: question 'a' needs 'text'",
                        "surveys/test.yaml:5: unknown question type 'rating' (expected scale, choice, yes-no or text)",
                        "surveys/test.yaml:6: question 'b' needs 'low'",
                        "surveys/test.yaml:6: question 'b' needs 'high'");
    }

    private static List<String> problems(String yaml) {
        TemplateProblems problems = new TemplateProblems();
        parse(yaml, problems);
        return problems.list().stream().map(Object::toString).toList();
    }

    private static Optional<Survey> parse(String yaml, TemplateProblems problems) {
        return new SurveyParser(new TemplateFile("surveys/test.yaml", "surveys/test.yaml", yaml), problems).parse();
    }
}
