package ua.vidguk.channel.viber;

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
import ua.vidguk.scheduler.ContactAddress;

/** The application as it starts on a fresh machine: no Viber auth token. */
@VidgukIntegrationTest
class ViberSandboxIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("viberSender")
    ChannelSender viberSender;

    @Test
    void withoutATokenTheSandboxTakesTheMessages() {
        var message = new OutboundMessage("out-sandbox", ContactAddress.viber("sandbox="), "Привіт", List.of());

        assertThat(viberSender).isInstanceOf(ua.vidguk.channel.SandboxSender.class);
        assertThat(viberSender.send(message))
                .isInstanceOfSatisfying(
                        SendResult.Accepted.class,
                        accepted -> assertThat(accepted.providerMessageId()).startsWith("sandbox-"));
    }

    @Test
    void withoutATokenEveryCallbackIsRefusedBecauseNoSignatureCanBeChecked() {
        var webhooks = new ViberWebhooks(RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build());

        webhooks.postSigned(ViberWebhooks.unsubscribed(1, "sandbox="))
                .expectStatus()
                .isForbidden();
    }
}
