package ua.vidguk.channel.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.TwilioRestClient;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;

/** The Twilio sender against a fake Twilio API: what goes on the wire, and how errors come back. */
class TwilioSmsSenderIntegrationTests {

    static final String SID = "AC00000000000000000000000000000001";
    static final String TOKEN = "test-auth-token";
    static final String MESSAGES = "/2010-04-01/Accounts/" + SID + "/Messages.json";
    static final int MAX_RETRIES = 2;
    static final URI CALLBACK = URI.create("https://vidguk.example.ua/webhooks/twilio/status");

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    final OutboundMessage message = new OutboundMessage(
            "out-1", ContactAddress.tel(PhoneNumber.parseMobile("+380671234512")), "Оцініть ЦНАП 😀", List.of());

    @Test
    void sendsToTheAccountsMessagesResourceWithBasicAuthTheFormAndTheStatusCallback() {
        twilio.stubFor(post(MESSAGES).willReturn(created("SM0001")));

        SendResult result = sender(twilio.baseUrl()).send(message);

        assertThat(result).isEqualTo(new SendResult.Accepted("SM0001"));
        twilio.verify(
                1,
                postRequestedFor(urlEqualTo(MESSAGES))
                        .withBasicAuth(new BasicCredentials(SID, TOKEN))
                        .withFormParam("To", equalTo("+380671234512"))
                        .withFormParam("From", equalTo("+15005550006"))
                        .withFormParam("Body", equalTo("Оцініть ЦНАП 😀"))
                        .withFormParam("StatusCallback", equalTo(CALLBACK.toString())));
    }

    @Test
    void busyAnswerIsRetriedAndTheSecondAttemptIsAccepted() {
        twilio.stubFor(post(MESSAGES)
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(429, 20429, "Too Many Requests"))
                .willSetStateTo("calm"));
        twilio.stubFor(
                post(MESSAGES).inScenario("busy").whenScenarioStateIs("calm").willReturn(created("SM0002")));

        assertThat(sender(twilio.baseUrl()).send(message)).isEqualTo(new SendResult.Accepted("SM0002"));
        assertThat(requests()).isEqualTo(2);
    }

    /**
     * twilio-java alone would make 3 attempts at any 5xx, and its Apache client would repeat each
     * 429 or 503 once more: the count shows that only our retries happen.
     */
    @ParameterizedTest
    @ValueSource(ints = {429, 500, 503})
    void failingApiIsTriedOncePlusTheConfiguredRetriesThenRefusedAsNotPermanent(int status) {
        twilio.stubFor(post(MESSAGES).willReturn(error(status, 20000 + status, "Try later")));

        SendResult result = sender(twilio.baseUrl()).send(message);

        assertThat(result)
                .isInstanceOfSatisfying(
                        SendResult.Refused.class,
                        refused -> assertThat(refused)
                                .extracting(SendResult.Refused::code, SendResult.Refused::permanent)
                                .containsExactly(String.valueOf(20000 + status), false));
        assertThat(requests()).isEqualTo(1 + MAX_RETRIES);
    }

    /**
     * The reason for {@link TwilioHttpClient}: twilio-java's own client makes 3 attempts at a 5xx,
     * and its Apache client repeats each 503 once more. If an upgrade changes this, revisit the
     * comment there.
     */
    @Test
    void twilioJavaAloneWouldSendOneMessageSixTimesOnA503() {
        twilio.stubFor(post(MESSAGES).willReturn(error(503, 20503, "Service Unavailable")));
        var client = new TwilioRestClient.Builder(SID, TOKEN).build();
        var request = new Request(HttpMethod.POST, twilio.baseUrl() + MESSAGES);
        request.setAuth(SID, TOKEN);

        client.getHttpClient().reliableRequest(request);

        assertThat(requests()).isEqualTo(6);
    }

    @Test
    void invalidNumberIsRefusedPermanentlyWithTwiliosCodeAtTheFirstAnswer() {
        twilio.stubFor(post(MESSAGES)
                .willReturn(error(400, 21211, "The 'To' number +380671234512 is not a valid phone number.")));

        SendResult result = sender(twilio.baseUrl()).send(message);

        assertThat(result).isInstanceOfSatisfying(SendResult.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("21211");
            assertThat(refused.permanent()).isTrue();
            assertThat(refused.recipientOptedOut()).isFalse();
            assertThat(refused.reason()).doesNotContain("+380671234512").contains("+380 67 *** ** 12");
        });
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void recipientWhoUnsubscribedAtTwilioIsReportedAsOptedOut() {
        twilio.stubFor(post(MESSAGES).willReturn(error(400, 21610, "Attempt to send to unsubscribed recipient")));

        assertThat(sender(twilio.baseUrl()).send(message))
                .isEqualTo(new SendResult.Refused("21610", "Attempt to send to unsubscribed recipient", true, true));
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void unreachableApiIsRefusedAsNotPermanent() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        SendResult result = sender("http://localhost:" + closedPort).send(message);

        assertThat(result)
                .isInstanceOfSatisfying(
                        SendResult.Refused.class,
                        refused -> assertThat(refused)
                                .extracting(SendResult.Refused::code, SendResult.Refused::permanent)
                                .containsExactly(TwilioSmsSender.NO_ANSWER, false));
    }

    @Test
    void messengerAddressIsRefusedWithoutCallingTwilio() {
        var toViber = new OutboundMessage("out-2", ContactAddress.viber("abc123"), "Привіт", List.of());

        assertThat(sender(twilio.baseUrl()).send(toViber))
                .isInstanceOfSatisfying(
                        SendResult.Refused.class,
                        refused -> assertThat(refused.permanent()).isTrue());
        assertThat(requests()).isZero();
    }

    static TwilioSmsSender sender(String apiUrl) {
        var properties = new TwilioProperties(
                SID,
                TOKEN,
                "+15005550006",
                URI.create(apiUrl),
                new TwilioProperties.Retry(MAX_RETRIES, Duration.ofMillis(5), 2, Duration.ofMillis(20)),
                10,
                java.time.Duration.ZERO,
                "");
        return TwilioSmsSender.create(properties, CALLBACK);
    }

    int requests() {
        return twilio.findAll(postRequestedFor(urlEqualTo(MESSAGES))).size();
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String sid) {
        return aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"" + sid + "\",\"account_sid\":\"" + SID
                        + "\",\"status\":\"queued\",\"direction\":\"outbound-api\",\"num_segments\":\"1\"}");
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, int code, String text) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":" + code + ",\"message\":\"" + text
                        + "\",\"more_info\":\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status
                        + "}");
    }
}
