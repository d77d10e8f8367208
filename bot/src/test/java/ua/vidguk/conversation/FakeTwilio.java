package ua.vidguk.conversation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URLDecoder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Twilio's Messages API as a local HTTP server: accepts every SMS with a fresh SID and keeps it. */
final class FakeTwilio {

    static final String SID = "AC00000000000000000000000000000e2e";
    static final String MESSAGES = "/2010-04-01/Accounts/" + SID + "/Messages.json";

    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().globalTemplating(true))
                .build();
    }

    static void acceptEverything(WireMockExtension twilio) {
        twilio.stubFor(post(MESSAGES)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"SM{{randomValue length=32 type='HEXADECIMAL'}}\",\"account_sid\":\"" + SID
                                + "\",\"status\":\"queued\",\"direction\":\"outbound-api\"}")));
    }

    /** The bodies of the SMS sent to a number, in order. */
    static List<String> smsTo(WireMockExtension twilio, String e164) {
        return twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).stream()
                .map(request -> form(request.getBodyAsString()))
                .filter(form -> e164.equals(form.get("To")))
                .map(form -> form.get("Body"))
                .toList();
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], UTF_8) : "",
                        (first, second) -> second));
    }

    private FakeTwilio() {}
}
