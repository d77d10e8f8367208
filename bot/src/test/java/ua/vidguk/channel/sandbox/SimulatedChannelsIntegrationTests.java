package ua.vidguk.channel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.vidguk.Centres;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Inviter;

/**
 * A simulated person on each sandbox channel, through the real webhooks with their signature
 * checks and the real senders: what they see is what the provider would have shown.
 */
@VidgukIntegrationTest
class SimulatedChannelsIntegrationTests {

    static final String CENTRE = "SIM-001";

    @LocalServerPort
    int port;

    @Autowired
    List<SimulatedChannel> simulated;

    @Autowired
    Inviter inviter;

    @Test
    void everyChannelWithoutCredentialsIsSimulated() {
        assertThat(simulated)
                .extracting(SimulatedChannel::channel)
                .containsExactlyInAnyOrder(Channel.SMS, Channel.VIBER, Channel.TELEGRAM);
    }

    @Test
    void anSmsReplyEntersThroughTheSignedWebhookAndTheNextQuestionArrives() {
        centre();
        var phone = PhoneNumber.parseMobile("+380671110001");
        var sms = channel(Channel.SMS);
        String address = sms.addressOf(phone);

        inviter.invite(phone, CENTRE);
        sms.write(address, "5");

        var shown = sms.transcript().of(address);
        assertThat(shown).extracting(SandboxMessage::fromPerson).containsExactly(false, true, false);
        assertThat(shown.get(0).text()).contains("Оцініть візит");
        assertThat(shown.get(1).text()).isEqualTo("5");
        assertThat(shown.get(2).keyboard()).isEmpty();
    }

    @Test
    void aTelegramTapIsAnsweredWithTheChoiceMarkedAndTheNextQuestion() {
        centre();
        var telegram = channel(Channel.TELEGRAM);
        String chat = telegram.addressOf(PhoneNumber.parseMobile("+380671110002"));

        telegram.open(chat, CENTRE);
        var question = telegram.transcript().of(chat).getLast();
        assertThat(question.keyboard()).isNotEmpty();
        var five = question.keyboard().getFirst().getLast();
        telegram.tap(chat, question, five, PhoneNumber.parseMobile("+380671110002"));

        var shown = telegram.transcript().of(chat);
        var tapped = telegram.transcript().find(chat, question.id()).orElseThrow();
        assertThat(tapped.text()).endsWith("✅ " + five.label());
        assertThat(tapped.keyboard()).isEmpty();
        assertThat(shown.getLast().id()).isNotEqualTo(question.id());
        assertThat(shown.getLast().fromPerson()).isFalse();
    }

    @Test
    void openingTheViberBotShowsTheWelcomeMessageAndATapAnswersIt() {
        centre();
        var viber = channel(Channel.VIBER);
        var phone = PhoneNumber.parseMobile("+380671110003");
        String user = viber.addressOf(phone);

        viber.open(user, CENTRE);
        var welcome = viber.transcript().of(user).getLast();
        assertThat(welcome.id()).startsWith("welcome-");
        assertThat(welcome.keyboard()).isNotEmpty();
        viber.tap(user, welcome, welcome.keyboard().getFirst().getFirst(), phone);

        var shown = viber.transcript().of(user);
        assertThat(shown).hasSizeGreaterThanOrEqualTo(3);
        assertThat(shown.get(1).fromPerson()).isTrue();
        assertThat(shown.getLast().fromPerson()).isFalse();
    }

    private SimulatedChannel channel(Channel channel) {
        return simulated.stream()
                .filter(candidate -> candidate.channel() == channel)
                .findFirst()
                .orElseThrow();
    }

    private void centre() {
        Centres.register(port, CENTRE, "UA-63", "Харків");
    }
}
