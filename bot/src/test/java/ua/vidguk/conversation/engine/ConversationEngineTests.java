package ua.vidguk.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.conversation.event.AnswerRecorded;
import ua.vidguk.conversation.event.OptedOut;
import ua.vidguk.message.Messages;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.Survey;
import ua.vidguk.survey.Surveys;
import ua.vidguk.template.TemplateSource;
import ua.vidguk.template.TestTemplates;

/** What the fixtures do not show well: context on events, settings, and inputs to ended sessions. */
class ConversationEngineTests {

    private static final TemplateSource TEMPLATES = TestTemplates.packaged();
    private static final Surveys SURVEYS = new Surveys(TEMPLATES);
    private static final Survey SURVEY = SURVEYS.get("cnap-visit");
    private static final PromptRenderer RENDERER = new PromptRenderer(new Messages(TEMPLATES, SURVEYS));
    private static final ContactAddress CONTACT = ContactAddress.parse("tel:+380671234567");
    private static final Instant T0 = Instant.parse("2025-11-24T10:00:00Z");

    private final ConversationEngine engine = new ConversationEngine();

    @Test
    void anAnswerEventCarriesTheSessionsContext() {
        Session started = engine.start(SURVEY, open(Channel.VIBER), T0).session();

        Step step = engine.reply(SURVEY, started, "5", T0.plusSeconds(30));

        assertThat(step.events())
                .containsExactly(new AnswerRecorded(
                        "s-1", "cnap-visit", "UA-32-0012", CONTACT, Channel.VIBER, "overall", "5", T0.plusSeconds(30)));
        assertThat(step.session().expiresAt()).isEqualTo(T0.plusSeconds(30).plus(Duration.ofHours(24)));
        assertThat(step.changed(started)).isTrue();
    }

    @Test
    void aStepLeavesTheSessionItWasGivenAsItWas() {
        Session started = engine.start(SURVEY, open(Channel.SMS), T0).session();

        engine.reply(SURVEY, started, "5", T0.plusSeconds(30));

        assertThat(started.answers()).isEmpty();
        assertThat(started.question()).isEqualTo("overall");
        assertThatThrownBy(() -> started.answers().put("overall", "1"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withoutRepromptsAnInvalidReplySkipsTheQuestionAtOnce() {
        ConversationEngine impatient = new ConversationEngine(new EngineSettings(0, Duration.ofHours(1)));
        Session asking = impatient
                .reply(SURVEY, impatient.start(SURVEY, open(Channel.SMS), T0).session(), "4", T0)
                .session();

        Step step = impatient.reply(SURVEY, asking, "може", T0.plusSeconds(60));

        assertThat(step.session().answers()).containsEntry("received", "");
        assertThat(step.session().question()).isEqualTo("waiting");
        assertThat(step.session().expiresAt()).isEqualTo(T0.plusSeconds(60).plus(Duration.ofHours(1)));
    }

    @Test
    void stopAfterTheSurveyEndedStillOptsOutButLeavesTheSessionAlone() {
        Session expired = engine.expire(
                        SURVEY, engine.start(SURVEY, open(Channel.SMS), T0).session(), T0.plusSeconds(90_000))
                .session();

        Step step = engine.reply(SURVEY, expired, "СТОП", T0.plusSeconds(100_000));

        assertThat(step.session()).isSameAs(expired);
        assertThat(step.changed(expired)).isFalse();
        assertThat(step.messages()).containsExactly(new Prompt.OptOutConfirmed());
        assertThat(step.events()).containsExactly(new OptedOut(CONTACT, Channel.SMS, null, T0.plusSeconds(100_000)));
    }

    @Test
    void anEndedSessionIgnoresStartRepliesAndExpiry() {
        Session optedOut = engine.reply(
                        SURVEY, engine.start(SURVEY, open(Channel.SMS), T0).session(), "stop", T0)
                .session();

        assertThat(engine.start(SURVEY, optedOut, T0)).isEqualTo(Step.unchanged(optedOut));
        assertThat(engine.reply(SURVEY, optedOut, "@overall:5", T0)).isEqualTo(Step.unchanged(optedOut));
        assertThat(engine.expire(SURVEY, optedOut, T0.plusSeconds(999_999))).isEqualTo(Step.unchanged(optedOut));
    }

    @Test
    void everyButtonTheRendererDrawsIsAnAnswerTheEngineTakes() {
        for (Question question : SURVEY.questions()) {
            Session asking = at(question.id());
            for (Channel channel : new Channel[] {Channel.VIBER, Channel.TELEGRAM}) {
                for (Button button : RENDERER.render(new Prompt.Ask(question, false), channel, "uk")
                        .buttons()) {
                    assertThat(button.payload().getBytes(StandardCharsets.UTF_8))
                            .hasSizeLessThanOrEqualTo(64);
                    Step step = engine.reply(SURVEY, asking, button.payload(), T0);
                    assertThat(step.events())
                            .as(button.toString())
                            .first()
                            .isInstanceOfSatisfying(
                                    AnswerRecorded.class,
                                    answer -> assertThat(question.accepts(answer.answer()))
                                            .isTrue());
                }
            }
        }
    }

    @Test
    void smsHasNoButtonsAndSaysHowToAnswerAChoice() {
        RenderedMessage sms = RENDERER.render(new Prompt.Ask(SURVEY.question("problem"), false), Channel.SMS, "uk");

        assertThat(sms.buttons()).isEmpty();
        assertThat(sms.text()).startsWith("Що не так?\n1 черга\n").endsWith("\n9 інше");
    }

    @Test
    void aQuestionAnEditedSurveyNoLongerHasIsPassedOver() {
        Session open = open(Channel.SMS);
        Session stale = new Session(
                open.id(),
                open.surveyId(),
                open.contact(),
                open.cnapCode(),
                open.cnapName(),
                open.channel(),
                open.locale(),
                null,
                SessionStatus.ACTIVE,
                "removed",
                1,
                Map.of("overall", "5"),
                T0,
                T0,
                null,
                3);

        Step step = engine.reply(SURVEY, stale, "1", T0);

        assertThat(step.events()).isEmpty();
        assertThat(step.session().question()).isEqualTo("received");
        assertThat(step.session().reprompts()).isZero();
        assertThat(step.messages()).containsExactly(new Prompt.Ask(SURVEY.question("received"), false));
    }

    @Test
    void settingsRefuseNonsense() {
        assertThatThrownBy(() -> new EngineSettings(-1, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngineSettings(2, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Session open(Channel channel) {
        return Session.open(
                "s-1",
                "cnap-visit",
                CONTACT,
                "UA-32-0012",
                "ЦНАП міста Ірпінь",
                channel,
                "uk",
                null,
                Session.INVITATION,
                T0);
    }

    /** A session waiting for an answer to a question, the earlier ones answered "" or with a 1. */
    private static Session at(String questionId) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : SURVEY.questions()) {
            if (question.id().equals(questionId)) {
                break;
            }
            answers.put(question.id(), question.accepts("1") ? "1" : "");
        }
        Session open = open(Channel.TELEGRAM);
        return new Session(
                open.id(),
                open.surveyId(),
                open.contact(),
                open.cnapCode(),
                open.cnapName(),
                open.channel(),
                open.locale(),
                null,
                SessionStatus.ACTIVE,
                questionId,
                0,
                answers,
                T0,
                T0,
                null,
                1);
    }
}
