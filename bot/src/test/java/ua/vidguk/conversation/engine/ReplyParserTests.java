package ua.vidguk.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.Survey;
import ua.vidguk.survey.Surveys;
import ua.vidguk.template.TestTemplates;

class ReplyParserTests {

    private static final Survey SURVEY = new Surveys(TestTemplates.packaged()).get("cnap-visit");
    private static final Question OVERALL = SURVEY.question("overall");
    private static final Question RECEIVED = SURVEY.question("received");
    private static final Question PROBLEM = SURVEY.question("problem");
    private static final Question COMMENT = SURVEY.question("comment");

    @ParameterizedTest
    @ValueSource(strings = {"4", " 4 ", "4!", "4.", "«4»", "４", "4️⃣", "\t4\n", "٤"})
    void aRatingIsOneDigitWhateverSurroundsIt(String reply) {
        assertThat(ReplyParser.parse(OVERALL, reply)).contains("4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "９", "45", "4/5", "4 5", "п'ять", "five", "👍", "", "   ", "-", "2 години"})
    void anythingElseIsNotARating(String reply) {
        assertThat(ReplyParser.parse(OVERALL, reply)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1",
                "так",
                "Так!",
                "ТАК",
                "та",
                "tak",
                "Yes",
                "y",
                "+",
                "👍",
                "👍🏽",
                "да",
                "Так, отримала",
                "ok"
            })
    void yesComesInManyForms(String reply) {
        assertThat(ReplyParser.parse(RECEIVED, reply)).contains("yes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "ні", "Ні.", "НІ", "нi", "ni", "No", "n", "-", "👎", "нет", "не", "Ні, не отримала"})
    void noComesInManyForms(String reply) {
        assertThat(ReplyParser.parse(RECEIVED, reply)).contains("no");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "так ні", "yes no", "не знаю", "може", "1 2", "🤷", "2 години чекала"})
    void anAmbiguousYesNoIsNotAnAnswer(String reply) {
        assertThat(ReplyParser.parse(RECEIVED, reply)).isEmpty();
    }

    @Test
    void aChoiceIsTheOptionNumberOrItsExactLabel() {
        assertThat(ReplyParser.parse(PROBLEM, "8")).contains("payment");
        assertThat(ReplyParser.parse(PROBLEM, " 1. ")).contains("waiting");
        assertThat(ReplyParser.parse(PROBLEM, "неофіційна оплата")).contains("payment");
        assertThat(ReplyParser.parse(PROBLEM, "Не українською")).contains("language");
        assertThat(ReplyParser.parse(PROBLEM, "Інше")).contains("other");
        assertThat(ReplyParser.parse(PROBLEM, "10")).isEmpty();
        assertThat(ReplyParser.parse(PROBLEM, "0")).isEmpty();
        assertThat(ReplyParser.parse(PROBLEM, "документ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", " 0 ", "０", "-", "—", "Пропустити", "skip"})
    void zeroDashOrSkipSkipsASkippableText(String reply) {
        assertThat(ReplyParser.parse(COMMENT, reply)).contains("");
    }

    @Test
    void aTextIsKeptAsTypedButStrippedAndAnEmptyOneIsNotAnAnswer() {
        assertThat(ReplyParser.parse(COMMENT, "  Довго чекала 😞 \n")).contains("Довго чекала 😞");
        assertThat(ReplyParser.parse(COMMENT, "   ")).isEmpty();
        assertThat(ReplyParser.parse(COMMENT, null)).isEmpty();
    }

    @Test
    void aTextOverTheLimitIsCutToItWithoutSplittingAnEmoji() {
        int limit = COMMENT.freeText().maxLength();
        assertThat(ReplyParser.parse(COMMENT, "я".repeat(limit + 500))).contains("я".repeat(limit));
        String cut = ReplyParser.parse(COMMENT, "я".repeat(limit - 1) + "😀😀").orElseThrow();
        assertThat(cut).isEqualTo("я".repeat(limit - 1));
        assertThat(COMMENT.accepts(cut)).isTrue();
    }

    @Test
    void noReplyEverBreaksTheParser() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            int[] codePoints = random.ints(random.nextInt(300), 0, 0x1FAFF)
                    .filter(Character::isValidCodePoint)
                    .toArray();
            String reply = new String(codePoints, 0, codePoints.length);
            for (Question question : SURVEY.questions()) {
                ReplyParser.parse(question, reply)
                        .ifPresent(answer ->
                                assertThat(question.accepts(answer)).as(reply).isTrue());
            }
        }
        assertThat(ReplyParser.parse(OVERALL, "5".repeat(100_000))).isEmpty();
    }
}
