package ua.vidguk.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.survey.Survey;
import ua.vidguk.survey.Surveys;
import ua.vidguk.template.TestTemplates;

/** The SMS parts and the link taken ride on the session from step to step and end in the completion. */
class SmsCountTests {

    private static final Survey SURVEY = new Surveys(TestTemplates.packaged()).get("cnap-visit");
    private static final Instant T0 = Instant.parse("2025-11-24T10:00:00Z");

    private final ConversationEngine engine = new ConversationEngine();

    @Test
    void countedPartsAddUpAcrossStepsWithoutChangingTheVersion() {
        Step first = engine.start(SURVEY, open(), T0);
        Step counted = first.withSmsSent(2);

        assertThat(counted.session().smsSegments()).isEqualTo(2);
        assertThat(counted.session().version()).isEqualTo(first.session().version());
        assertThat(counted.messages()).isEqualTo(first.messages());

        Step next =
                engine.reply(SURVEY, counted.session(), "5", T0.plusSeconds(30)).withSmsSent(1);
        assertThat(next.session().smsSegments()).isEqualTo(3);
        assertThat(next.withSmsSent(0)).isSameAs(next);
    }

    @Test
    void theCompletionCarriesEveryPartSentItsThankYouIncludedAndTheLinkTaken() {
        Session session = engine.start(SURVEY, open(), T0).withSmsSent(2).session();
        session = engine.reply(SURVEY, session, "5", T0.plusSeconds(10))
                .withSmsSent(1)
                .session()
                .withChannel(Channel.WEB)
                .withLinkTaken();
        for (String answer : new String[] {"1", "5", "5", "5", "5"}) {
            session = engine.reply(SURVEY, session, answer, T0.plusSeconds(20)).session();
        }
        assertThat(session.linkTaken()).isTrue();

        Step last = engine.reply(SURVEY, session, "0", T0.plusSeconds(30)).withSmsSent(1);

        SurveyCompleted completed = completed(last);
        assertThat(completed.smsSegments()).isEqualTo(4);
        assertThat(completed.linkTaken()).isTrue();
        assertThat(last.session().smsSegments()).isEqualTo(4);
    }

    @Test
    void aSessionNeverCountedCompletesWithNoPartsAndNoLink() {
        Session session = engine.start(SURVEY, open(), T0).session();
        for (String answer : new String[] {"5", "1", "5", "5", "5", "5"}) {
            session = engine.reply(SURVEY, session, answer, T0.plusSeconds(20)).session();
        }

        SurveyCompleted completed = completed(engine.reply(SURVEY, session, "0", T0.plusSeconds(30)));

        assertThat(completed.smsSegments()).isZero();
        assertThat(completed.linkTaken()).isFalse();
    }

    @Test
    void aStateOrEndStoredBeforeTheCountWasKeptReadsAsNoPartsAndNoLink() {
        Session o = open();
        var stored = new Session(
                o.id(),
                o.surveyId(),
                o.contact(),
                o.cnapCode(),
                o.cnapName(),
                o.channel(),
                o.locale(),
                o.visit(),
                o.status(),
                o.question(),
                o.reprompts(),
                o.answers(),
                o.startedAt(),
                o.updatedAt(),
                o.expiresAt(),
                o.version(),
                null,
                null,
                null);
        var end = new SurveyCompleted(
                "s-1",
                "cnap-visit",
                "UA-32-0012",
                o.contact(),
                Channel.SMS,
                java.util.Map.of(),
                false,
                T0,
                T0,
                null,
                null);

        assertThat(stored.withSmsSent(2).smsSegments()).isEqualTo(2);
        assertThat(stored.linkTaken()).isFalse();
        assertThat(end.smsSegments()).isZero();
        assertThat(end.linkTaken()).isFalse();
    }

    private static SurveyCompleted completed(Step step) {
        return step.events().stream()
                .filter(SurveyCompleted.class::isInstance)
                .map(SurveyCompleted.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("not completed: " + step.events()));
    }

    private static Session open() {
        return Session.open(
                "s-1",
                "cnap-visit",
                ContactAddress.parse("tel:+380671234567"),
                "UA-32-0012",
                "ЦНАП",
                Channel.SMS,
                "uk",
                null,
                Session.INVITATION,
                T0);
    }
}
