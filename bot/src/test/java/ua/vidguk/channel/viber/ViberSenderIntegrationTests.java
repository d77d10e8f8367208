package ua.vidguk.channel.viber;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ua.vidguk.VidgukProperties;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;
import ua.vidguk.contact.ContactAddress;

/** The Viber sender against a fake Viber API: what goes on the wire, and how Viber's statuses come back. */
class ViberSenderIntegrationTests {

    static final String TOKEN = "test-viber-token";

    @RegisterExtension
    static WireMockExtension viber = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    final WelcomeCapture capture = new WelcomeCapture();

    @Test
    void sendsTheTextAndAScaleKeyboardWithTheAuthTokenAndReturnsTheMessageToken() {
        viber.stubFor(post("/send_message")
                .willReturn(okJson("{\"status\":0,\"status_message\":\"ok\",\"message_token\":5741311803571721087}")));
        var buttons = List.of(new Button("1", "@overall:1"), new Button("5", "@overall:5"));

        SendResult result = sender().send(message("Оцініть", buttons));

        assertThat(result).isEqualTo(new SendResult.Accepted("5741311803571721087"));
        viber.verify(postRequestedFor(urlEqualTo("/send_message"))
                .withHeader("X-Viber-Auth-Token", equalTo(TOKEN))
                .withRequestBody(equalToJson("""
                        {"receiver":"u1+abc=","min_api_version":7,"sender":{"name":"Vidguk"},"type":"text","text":"Оцініть",
                         "tracking_data":"${json-unit.any-string}",
                         "keyboard":{"Type":"keyboard","DefaultHeight":false,"Buttons":[
                           {"ActionType":"reply","ActionBody":"@overall:1","Text":"1","Columns":3,"Rows":1},
                           {"ActionType":"reply","ActionBody":"@overall:5","Text":"5","Columns":3,"Rows":1}]}}
                        """)));
    }

    @Test
    void longLabelsGetARowEach() {
        viber.stubFor(post("/send_message").willReturn(okJson("{\"status\":0,\"message_token\":1}")));
        var buttons = List.of(
                new Button("Довге очікування", "@problem:waiting"),
                new Button("Інше", "@problem:other"),
                new Button("Ще", "@problem:x"));

        sender().send(message("Що не так?", buttons));

        viber.verify(postRequestedFor(urlEqualTo("/send_message"))
                .withRequestBody(equalToJson(
                        "{\"keyboard\":{\"Buttons\":[{\"Columns\":6},{\"Columns\":6},{\"Columns\":6}]}}", true, true)));
    }

    @Test
    void aReceiverWhoHasNotSubscribedIsAPermanentRefusalButNotAnOptOut() {
        viber.stubFor(post("/send_message").willReturn(okJson("{\"status\":6,\"status_message\":\"notSubscribed\"}")));

        SendResult result = sender().send(message("Привіт", List.of()));

        assertThat(result).isEqualTo(new SendResult.Refused("6", "notSubscribed", true, false));
    }

    @Test
    void tooManyRequestsIsRetriedUntilViberTakesIt() {
        viber.stubFor(post("/send_message")
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"status\":12,\"status_message\":\"tooManyRequests\"}"))
                .willSetStateTo("free"));
        viber.stubFor(post("/send_message")
                .inScenario("busy")
                .whenScenarioStateIs("free")
                .willReturn(okJson("{\"status\":0,\"message_token\":77}")));

        assertThat(sender().send(message("Привіт", List.of()))).isEqualTo(new SendResult.Accepted("77"));
        viber.verify(2, postRequestedFor(urlEqualTo("/send_message")));
    }

    @Test
    void aFailingViberIsRetriedThenRefusedAsNotPermanent() {
        viber.stubFor(post("/send_message").willReturn(aResponse().withStatus(503)));

        SendResult result = sender().send(message("Привіт", List.of()));

        assertThat(result).isInstanceOfSatisfying(SendResult.Refused.class, refused -> {
            assertThat(refused.permanent()).isFalse();
            assertThat(refused.recipientOptedOut()).isFalse();
        });
        viber.verify(3, postRequestedFor(urlEqualTo("/send_message")));
    }

    @Test
    void theFirstMessageToTheReceiverOfAnOpenCaptureIsHeldBackAndTheNextIsPosted() {
        viber.stubFor(post("/send_message").willReturn(okJson("{\"status\":0,\"message_token\":78}")));
        ViberSender sender = sender();

        var captured = capture.around(
                "u1+abc=",
                () -> List.of(sender.send(message("Перше", List.of())), sender.send(message("Друге", List.of()))));

        assertThat(captured.result().getFirst())
                .isInstanceOfSatisfying(
                        SendResult.Accepted.class,
                        accepted -> assertThat(accepted.providerMessageId()).startsWith("welcome:"));
        assertThat(captured.result().get(1)).isEqualTo(new SendResult.Accepted("78"));
        assertThat(captured.welcome())
                .hasValueSatisfying(welcome -> assertThat(welcome)
                        .containsEntry("text", "Перше")
                        .containsEntry("type", "text")
                        .doesNotContainKey("receiver"));
        viber.verify(
                1,
                postRequestedFor(urlEqualTo("/send_message"))
                        .withRequestBody(equalToJson("{\"text\":\"Друге\"}", true, true)));
    }

    @Test
    void atStartUpTheWebhookIsRegisteredUnderThePublicAddressWithTheEventsVidgukUses() {
        viber.stubFor(post("/set_webhook").willReturn(okJson("{\"status\":0,\"status_message\":\"ok\"}")));
        var vidguk = new VidgukProperties(Path.of("data"), URI.create("https://vidguk.example.ua/"));

        new ViberChannelConfiguration(properties(), vidguk).registerWebhook();

        viber.verify(postRequestedFor(urlEqualTo("/set_webhook"))
                .withHeader("X-Viber-Auth-Token", equalTo(TOKEN))
                .withRequestBody(equalToJson("""
                        {"url":"https://vidguk.example.ua/webhooks/viber","event_types":
                         ["delivered","seen","failed","subscribed","unsubscribed","conversation_started"]}
                        """)));
    }

    @Test
    void theSettingsNeverShowTheToken() {
        assertThat(properties().toString()).doesNotContain(TOKEN).contains("(set)");
    }

    ViberSender sender() {
        return new ViberSender(new ViberApi(properties()), capture, "Vidguk");
    }

    ViberProperties properties() {
        return new ViberProperties(
                TOKEN,
                "vidguk",
                "Vidguk",
                URI.create(viber.baseUrl()),
                new ViberProperties.Retry(2, Duration.ofMillis(5), 2, Duration.ofMillis(20)));
    }

    static OutboundMessage message(String text, List<Button> buttons) {
        return new OutboundMessage("out-1", ContactAddress.viber("u1+abc="), text, buttons);
    }
}
