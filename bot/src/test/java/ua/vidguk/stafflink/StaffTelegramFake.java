package ua.vidguk.stafflink;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Bot API for staff groups, as a local HTTP server: accepts every message with a fresh id,
 * answers edits and button answers with {@code true}, and says that users with an id below {@link
 * #FIRST_MEMBER} administer every chat and the others are plain members.
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
        telegram.stubFor(any(urlPathMatching(path("(answercallbackquery|editmessagetext|setwebhook|deletewebhook)")))
                .willReturn(okJson("{\"ok\":true,\"result\":true}")));
        telegram.stubFor(post(urlPathMatching(path("getchatmember")))
                .atPriority(1)
                .withRequestBody(matchingJsonPath(
                        "$.user_id", com.github.tomakehurst.wiremock.client.WireMock.matching("[0-9]{1,3}")))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"status\":\"administrator\",\"user\":{\"id\":1,"
                        + "\"is_bot\":false,\"first_name\":\"Адмін\"},\"can_be_edited\":false}}")));
        telegram.stubFor(post(urlPathMatching(path("getchatmember")))
                .atPriority(5)
                .willReturn(okJson("{\"ok\":true,\"result\":{\"status\":\"member\",\"user\":{\"id\":1001,"
                        + "\"is_bot\":false,\"first_name\":\"Член\"}}}")));
    }

    /** A request the bot made, with the message id Telegram gave it (for sendMessage). */
    public record Call(JsonNode request, int messageId) {

        public String text() {
            return request.path("text").asString();
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
                response.path("result").path("message_id").asInt());
    }

    static String path(String method) {
        return "(?i)/bot[^/]+/" + method;
    }

    private StaffTelegramFake() {}
}
