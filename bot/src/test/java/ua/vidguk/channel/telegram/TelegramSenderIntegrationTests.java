package ua.vidguk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;
import ua.vidguk.contact.ContactAddress;

/** The sender alone against the fake Bot API: what each answer of Telegram becomes. */
class TelegramSenderIntegrationTests {

    @RegisterExtension
    static WireMockExtension telegram = FakeTelegram.server();

    @Test
    void anAcceptedMessageCarriesItsButtonsAndComesBackAsChatAndMessageId() {
        FakeTelegram.acceptEverything(telegram);

        var result = sender().send(message(7001, List.of(new Button("Так", "@q:yes"), new Button("Ні", "@q:no"))));

        var sent = FakeTelegram.sentTo(telegram, 7001).getFirst();
        assertThat(result).isEqualTo(new SendResult.Accepted("7001:" + sent.messageId()));
        assertThat(sent.keyboard().get(0).get(1).get("callback_data").asString())
                .isEqualTo("@q:no");
    }

    @Test
    void serverErrorsAreRetriedWithBackOff() {
        FakeTelegram.acceptEverything(telegram);
        failOnce(502, "<html>Bad Gateway</html>");

        var result = sender().send(message(7002, List.of()));

        assertThat(result).isInstanceOf(SendResult.Accepted.class);
        assertThat(FakeTelegram.calls(telegram, "sendmessage")).hasSize(2);
    }

    @Test
    void aBadRequestIsRefusedForGoodWithoutRetries() {
        failOnce(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");

        var result = sender().send(message(7003, List.of()));

        assertThat(result).isInstanceOfSatisfying(SendResult.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("400");
            assertThat(refused.permanent()).isTrue();
            assertThat(refused.recipientOptedOut()).isFalse();
        });
        assertThat(FakeTelegram.calls(telegram, "sendmessage")).hasSize(1);
    }

    @Test
    void aWaitLongerThanTheCapIsRefusedForNowInsteadOfHoldingTheThread() {
        failOnce(
                429,
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests\","
                        + "\"parameters\":{\"retry_after\":3600}}");

        var result = sender().send(message(7004, List.of()));

        assertThat(result).isInstanceOfSatisfying(SendResult.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("429");
            assertThat(refused.permanent()).isFalse();
        });
    }

    private void failOnce(int status, String body) {
        telegram.stubFor(post(urlPathMatching(FakeTelegram.path("sendmessage")))
                .inScenario("failing")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered")
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", status == 502 ? "text/html" : "application/json")
                        .withBody(body)));
    }

    private static TelegramSender sender() {
        var url = TelegramChannelConfiguration.url(URI.create(telegram.baseUrl()));
        return new TelegramSender(
                new OkHttpTelegramClient(FakeTelegram.TOKEN, url),
                new SendLimiter(new TelegramProperties.Limits(30, Duration.ZERO)),
                new TelegramProperties.Retry(3, Duration.ofMillis(5), 2, Duration.ofSeconds(2)));
    }

    private static OutboundMessage message(long chat, List<Button> buttons) {
        return new OutboundMessage("m-" + chat, ContactAddress.telegram(chat), "Як ви оцінюєте?", buttons);
    }
}
