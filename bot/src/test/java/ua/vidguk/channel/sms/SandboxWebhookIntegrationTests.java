package ua.vidguk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;
import ua.vidguk.channel.sandbox.SandboxMessage;
import ua.vidguk.channel.sandbox.Transcript;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;

/** The application as it starts on a fresh machine: no Twilio credentials, so SMS is a sandbox. */
@VidgukIntegrationTest
class SandboxWebhookIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("smsSender")
    ChannelSender smsSender;

    @Autowired
    @Qualifier("smsTranscript")
    Transcript transcript;

    @Test
    void withoutCredentialsTheRealSenderSendsIntoTheSandboxTranscript() {
        var message = new OutboundMessage(
                "out-sandbox", ContactAddress.tel(PhoneNumber.parseMobile("+380931234567")), "Привіт", List.of());

        assertThat(smsSender).isInstanceOf(TwilioSmsSender.class);
        var result = smsSender.send(message);

        assertThat(result)
                .isInstanceOfSatisfying(
                        SendResult.Accepted.class,
                        accepted -> assertThat(transcript.of("+380931234567"))
                                .extracting(SandboxMessage::id, SandboxMessage::text, SandboxMessage::fromPerson)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        accepted.providerMessageId(), "Привіт", false)));
    }

    @Test
    void webhooksRefuseCallsNotSignedWithTheSandboxsGeneratedToken() {
        var webhooks = new TwilioWebhooks(RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build());
        String sid = TwilioWebhookIntegrationTests.newSid();

        webhooks.postSigned(TwilioEndpoints.SMS_PATH, TwilioWebhookIntegrationTests.reply(sid, "5"))
                .expectStatus()
                .isForbidden();
        webhooks.postSigned(TwilioEndpoints.STATUS_PATH, TwilioWebhookIntegrationTests.status(sid, "delivered"))
                .expectStatus()
                .isForbidden();
    }
}
