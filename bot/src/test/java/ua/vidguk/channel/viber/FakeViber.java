package ua.vidguk.channel.viber;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Viber's REST API as a local HTTP server: takes every message with a fresh numeric token and keeps it. */
final class FakeViber {

    static final String TOKEN = "test-viber-auth-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One port for the whole test run: test classes that share an application context must find
     * the fake where the context was told it is, though each class starts and stops its own.
     */
    private static final int PORT = freePort();

    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().port(PORT).globalTemplating(true))
                .build();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void acceptEverything(WireMockExtension viber) {
        viber.stubFor(
                post("/send_message")
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"status\":0,\"status_message\":\"ok\","
                                                        + "\"message_token\":5{{randomInt lower=100000000 upper=999999999}}{{randomInt lower=100000000 upper=999999999}} }")));
        viber.stubFor(post("/set_webhook")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":0,\"status_message\":\"ok\"}")));
    }

    /** The send_message bodies addressed to a Viber user, in order. */
    static List<JsonNode> sentTo(WireMockExtension viber, String userId) {
        return viber.findAll(postRequestedFor(urlEqualTo("/send_message"))).stream()
                .map(request -> JSON.readTree(request.getBodyAsString()))
                .filter(body -> userId.equals(body.path("receiver").asString()))
                .toList();
    }

    /** The message tokens the fake handed out, in order. */
    static List<String> tokensHandedOut(WireMockExtension viber) {
        return viber.getAllServeEvents().reversed().stream()
                .filter(event -> event.getRequest().getUrl().equals("/send_message"))
                .map(event -> JSON.readTree(event.getResponse().getBodyAsString())
                        .path("message_token")
                        .asString())
                .toList();
    }

    private FakeViber() {}
}
