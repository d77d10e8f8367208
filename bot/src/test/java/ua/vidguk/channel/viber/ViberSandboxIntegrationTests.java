package ua.vidguk.channel.viber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;
import ua.vidguk.channel.sandbox.SandboxButton;
import ua.vidguk.channel.sandbox.Transcript;
import ua.vidguk.contact.ContactAddress;

/** The application as it starts on a fresh machine: no Viber auth token, so Viber is a sandbox. */
@VidgukIntegrationTest
class ViberSandboxIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("viberSender")
    ChannelSender viberSender;

    @Autowired
    @Qualifier("viberTranscript")
    Transcript transcript;

    @Test
    void withoutATokenTheRealSenderSendsIntoTheSandboxWithItsKeyboard() {
        var message = new OutboundMessage(
                "out-sandbox",
                ContactAddress.viber("sandbox-user="),
                "Оцініть візит",
                List.of(new Button("1", "q1:1"), new Button("2", "q1:2")));

        assertThat(viberSender).isInstanceOf(ViberSender.class);
        assertThat(viberSender.send(message)).isInstanceOf(SendResult.Accepted.class);
        assertThat(transcript.of("sandbox-user=")).singleElement().satisfies(shown -> {
            assertThat(shown.text()).isEqualTo("Оцініть візит");
            assertThat(shown.keyboard())
                    .containsExactly(List.of(
                            new SandboxButton("1", "q1:1", SandboxButton.Kind.ANSWER),
                            new SandboxButton("2", "q1:2", SandboxButton.Kind.ANSWER)));
        });
    }

    @Test
    void callbacksNotSignedWithTheSandboxsGeneratedTokenAreRefused() {
        var webhooks = new ViberWebhooks(RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build());

        webhooks.postSigned(ViberWebhooks.unsubscribed(1, "sandbox="))
                .expectStatus()
                .isForbidden();
    }
}
