package ua.vidguk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Bot API as a local HTTP server: accepts every message with a fresh message id and answers
 * every other method with {@code true}. Paths arrive lower-cased from telegrambots.
 */
final class FakeTelegram {

    static final String TOKEN = "123456:fake-bot-token";
    static final ObjectMapper JSON = new ObjectMapper();

    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().globalTemplating(true))
                .build();
    }

    static String path(String method) {
        return "(?i)/bot[^/]+/" + method;
    }

    static void acceptEverything(WireMockExtension telegram) {
        telegram.stubFor(post(urlPathMatching(path("sendmessage")))
                .atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":{{randomInt lower=1 upper=2000000000}},"
                        + "\"date\":1764000000,\"chat\":{\"id\":{{jsonPath request.body '$.chat_id'}},"
                        + "\"type\":\"private\"},\"text\":\"sent\"}}")));
        telegram.stubFor(any(urlPathMatching(path("(answercallbackquery|editmessagetext|setwebhook|deletewebhook)")))
                .atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"result\":true}")));
    }

    /** A message the bot sent and Telegram accepted. */
    record Sent(long chatId, int messageId, JsonNode request) {

        String text() {
            return request.get("text").asString();
        }

        JsonNode keyboard() {
            return request.path("reply_markup").path("inline_keyboard");
        }
    }

    /** The messages accepted for a chat, oldest first. */
    static List<Sent> sentTo(WireMockExtension telegram, long chatId) {
        return calls(telegram, "sendmessage").stream()
                .filter(event -> event.getResponse().getStatus() == 200)
                .map(event -> new Sent(
                        chatId,
                        JSON.readTree(event.getResponse().getBodyAsString())
                                .path("result")
                                .path("message_id")
                                .asInt(),
                        JSON.readTree(event.getRequest().getBodyAsString())))
                .filter(sent -> sent.request().path("chat_id").asString().equals(Long.toString(chatId)))
                .toList();
    }

    /** The requests of one API method, oldest first. */
    static List<ServeEvent> calls(WireMockExtension telegram, String method) {
        return telegram.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().toLowerCase().endsWith("/" + method))
                .toList()
                .reversed();
    }

    static List<JsonNode> requests(WireMockExtension telegram, String method) {
        return calls(telegram, method).stream()
                .map(event -> JSON.readTree(event.getRequest().getBodyAsString()))
                .toList();
    }

    private FakeTelegram() {}
}
