package ua.vidguk.stafflink;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Bot API for staff groups, as a local HTTP server: accepts every message with a fresh id,
 * answers edits and button answers with {@code true}, and says that users with an id below {@link
 * #FIRST_MEMBER} administer every chat and the others are plain members. Like Telegram, it refuses
 * a text over 4,096 characters; {@link #failing} makes one chat answer with an error.
 */
public final class StaffTelegramFake {

    public static final String TOKEN = "123456:fake-staff-bot-token";
    public static final long FIRST_MEMBER = 1_000;
    public static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One server for every test class: they share one application (and so one Bot API address), and
     * it runs until the JVM ends. Tests tell their messages apart by chat id.
     */
    public static final WireMockServer SERVER = start();

    private static WireMockServer start() {
        var server = new WireMockServer(
                wireMockConfig().dynamicPort().globalTemplating(true).containerThreads(40));
        server.start();
        accept(server);
        return server;
    }

    static void accept(WireMockServer telegram) {
        telegram.stubFor(post(urlPathMatching(path("sendmessage")))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":{{randomInt lower=1 upper=2000000000}},"
                        + "\"date\":1764000000,\"chat\":{\"id\":{{jsonPath request.body '$.chat_id'}},"
                        + "\"type\":\"supergroup\"},\"text\":\"sent\"}}")));
        // Telegram's words for a text over its limit (it counts UTF-16 code units, as String#length does).
        telegram.stubFor(post(urlPathMatching(path("(sendmessage|editmessagetext)")))
                .atPriority(2)
                .withRequestBody(matchingJsonPath("$.text", matching("(?s).{4097,}")))
                .willReturn(error(
                        400,
                        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message is too long\"}")));
        telegram.stubFor(any(urlPathMatching(path("(answercallbackquery|editmessagetext|setwebhook|deletewebhook)")))
                .willReturn(okJson("{\"ok\":true,\"result\":true}")));
        telegram.stubFor(post(urlPathMatching(path("getchatmember")))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.user_id", matching("[0-9]{1,3}")))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"status\":\"administrator\",\"user\":{\"id\":1,"
                        + "\"is_bot\":false,\"first_name\":\"Адмін\"},\"can_be_edited\":false}}")));
        telegram.stubFor(post(urlPathMatching(path("getchatmember")))
                .atPriority(5)
                .willReturn(okJson("{\"ok\":true,\"result\":{\"status\":\"member\",\"user\":{\"id\":1001,"
                        + "\"is_bot\":false,\"first_name\":\"Член\"}}}")));
    }

    /**
     * Makes the Bot API answer one chat's calls of the given methods (a regex such as {@code
     * sendmessage|editmessagetext}) with an error, as Telegram words it, until the stub is removed.
     */
    public static StubMapping failing(WireMockServer telegram, long chatId, String methods, int status, String body) {
        return telegram.stubFor(post(urlPathMatching(path("(" + methods + ")")))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(Long.toString(chatId))))
                .willReturn(error(status, body)));
    }

    private static ResponseDefinitionBuilder error(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    /** A request the bot made, with the message id Telegram gave it (for sendMessage) and whether it was ok. */
    public record Call(JsonNode request, int messageId, boolean ok) {

        public String text() {
            return request.path("text").asString();
        }

        /** Whether Telegram took it. */
        public boolean accepted() {
            return ok;
        }

        public long chatId() {
            return Long.parseLong(request.path("chat_id").asString());
        }
    }

    /** The calls of one method, oldest first, to one chat (or to any when chatId is null). */
    public static List<Call> calls(WireMockServer telegram, String method, Long chatId) {
        return telegram.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().toLowerCase().endsWith("/" + method))
                .toList()
                .reversed()
                .stream()
                .map(StaffTelegramFake::call)
                .filter(call -> chatId == null
                        || call.request().path("chat_id").asString().equals(Long.toString(chatId)))
                .toList();
    }

    public static List<Call> sent(WireMockServer telegram, long chatId) {
        return calls(telegram, "sendmessage", chatId);
    }

    public static List<Call> answers(WireMockServer telegram, String callbackId) {
        return calls(telegram, "answercallbackquery", null).stream()
                .filter(call ->
                        call.request().path("callback_query_id").asString().equals(callbackId))
                .toList();
    }

    private static Call call(ServeEvent event) {
        JsonNode response = JSON.readTree(event.getResponse().getBodyAsString());
        return new Call(
                JSON.readTree(event.getRequest().getBodyAsString()),
                response.path("result").path("message_id").asInt(),
                response.path("ok").asBoolean());
    }

    static String path(String method) {
        return "(?i)/bot[^/]+/" + method;
    }

    private StaffTelegramFake() {}
}
