package ua.vidguk.channel.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.DeliveryReported;
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;

/** The whole application with Twilio credentials, a fake Twilio API, and signed webhook calls. */
@VidgukIntegrationTest
@TestPropertySource(
        properties = {
            "vidguk.twilio.account-sid=" + TwilioWebhookIntegrationTests.SID,
            "vidguk.twilio.auth-token=" + TwilioWebhooks.TOKEN,
            "vidguk.twilio.from=+15005550006",
            "vidguk.twilio.retry.delay=5ms",
            "vidguk.public-base-url=" + TwilioWebhooks.PUBLIC_BASE_URL
        })
class TwilioWebhookIntegrationTests {

    static final String SID = "AC00000000000000000000000000000002";
    static final String VISITOR = "+380671234512";

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @DynamicPropertySource
    static void fakeTwilio(DynamicPropertyRegistry properties) {
        properties.add("vidguk.twilio.api-url", twilio::baseUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    Heard heard;

    TwilioWebhooks webhooks;

    @BeforeEach
    void connect() {
        webhooks = new TwilioWebhooks(RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build());
    }

    @Test
    void signedReplyPublishesExactlyOneMessageReceivedAndAnswersEmptyTwiml() {
        String sid = newSid();

        webhooks.postSigned(TwilioEndpoints.SMS_PATH, reply(sid, "5"))
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_XML)
                .expectBody(String.class)
                .value(body -> assertThat(body).endsWith("<Response/>"));

        assertThat(heard.replies(sid)).singleElement().satisfies(received -> {
            assertThat(received.channel()).isEqualTo(Channel.SMS);
            assertThat(received.from()).isEqualTo(ContactAddress.tel(PhoneNumber.parseMobile(VISITOR)));
            assertThat(received.text()).isEqualTo("5");
            assertThat(received.receivedAt()).isNotNull();
        });
    }

    @Test
    void redeliveredReplyIsAcknowledgedAndPublishesNothingMore() {
        String sid = newSid();
        webhooks.postSigned(TwilioEndpoints.SMS_PATH, reply(sid, "4"))
                .expectStatus()
                .isOk();

        webhooks.postSigned(TwilioEndpoints.SMS_PATH, reply(sid, "4"))
                .expectStatus()
                .isOk();

        assertThat(heard.replies(sid)).hasSize(1);
    }

    @Test
    void forgedSignatureGets403AndChangesNothing() {
        String sid = newSid();
        var signedForOtherText = TwilioWebhooks.sign(TwilioEndpoints.SMS_PATH, reply(sid, "1"));

        webhooks.post(TwilioEndpoints.SMS_PATH, reply(sid, "5"), signedForOtherText)
                .expectStatus()
                .isForbidden();
        webhooks.post(TwilioEndpoints.SMS_PATH, reply(sid, "5"), "bm90IGEgc2lnbmF0dXJl")
                .expectStatus()
                .isForbidden();
        assertThat(heard.replies(sid)).isEmpty();

        // The forged calls did not take the id: the genuine delivery is still heard.
        webhooks.postSigned(TwilioEndpoints.SMS_PATH, reply(sid, "5"))
                .expectStatus()
                .isOk();
        assertThat(heard.replies(sid)).extracting(MessageReceived::text).containsExactly("5");
    }

    @Test
    void missingSignatureGets403ProblemAndPublishesNothing() {
        String sid = newSid();

        webhooks.post(TwilioEndpoints.SMS_PATH, reply(sid, "5"), null)
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        webhooks.post(TwilioEndpoints.STATUS_PATH, status(sid, "delivered"), null)
                .expectStatus()
                .isForbidden();

        assertThat(heard.replies(sid)).isEmpty();
        assertThat(heard.reports(sid)).isEmpty();
    }

    @Test
    void signatureOverTheInternalAddressIsRefused() {
        String sid = newSid();
        Map<String, String> form = reply(sid, "5");
        String signedForLocalhost = TwilioWebhooks.sign("http://localhost:" + port, TwilioEndpoints.SMS_PATH, form);

        webhooks.post(TwilioEndpoints.SMS_PATH, form, signedForLocalhost)
                .expectStatus()
                .isForbidden();
        assertThat(heard.replies(sid)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MessageSid", "From", "From=hello", "From=+380441234567"})
    void malformedReplyGets400ProblemAndPublishesNothing(String change) {
        String sid = newSid();
        Map<String, String> form = reply(sid, "5");
        if (change.contains("=")) {
            form.put("From", change.substring(change.indexOf('=') + 1));
        } else {
            form.remove(change);
        }

        webhooks.postSigned(TwilioEndpoints.SMS_PATH, form)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(heard.replies(sid)).isEmpty();
    }

    @Test
    void handlerFailureAnswers500AndTheRedeliveryIsTakenIn() {
        String sid = newSid();
        heard.failuresToCome.set(1);

        webhooks.postSigned(TwilioEndpoints.SMS_PATH, reply(sid, "3"))
                .expectStatus()
                .is5xxServerError();
        assertThat(heard.replies(sid)).isEmpty();

        webhooks.postSigned(TwilioEndpoints.SMS_PATH, reply(sid, "3"))
                .expectStatus()
                .isOk();
        assertThat(heard.replies(sid)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "👍👍👍 5 🙂",
                "５",
                "п'ять",
                "Все було добре, дякую! Але черга довга.",
                "LONG",
                "EMPTY",
                "null",
                "<Response><Message>hi</Message></Response>"
            })
    void repliesOfAnyLengthAndScriptAreAcceptedAndPassedOnUnchanged(String text) {
        String sid = newSid();
        String body = switch (text) {
            case "LONG" -> "Чекала дві години, ".repeat(110).substring(0, 2000);
            case "EMPTY" -> "";
            default -> text;
        };

        webhooks.postSigned(TwilioEndpoints.SMS_PATH, reply(sid, body))
                .expectStatus()
                .isOk();

        assertThat(heard.replies(sid)).extracting(MessageReceived::text).containsExactly(body);
    }

    @Test
    void statusCallbackPublishesDeliveryReported() {
        String sid = newSid();
        Map<String, String> undelivered = status(sid, "undelivered");
        undelivered.put("ErrorCode", "30003");

        webhooks.postSigned(TwilioEndpoints.STATUS_PATH, status(sid, "sent"))
                .expectStatus()
                .isOk();
        webhooks.postSigned(TwilioEndpoints.STATUS_PATH, undelivered)
                .expectStatus()
                .isOk();

        assertThat(heard.reports(sid))
                .extracting(DeliveryReported::channel, DeliveryReported::status, DeliveryReported::errorCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Channel.SMS, "sent", null),
                        org.assertj.core.groups.Tuple.tuple(Channel.SMS, "undelivered", "30003"));
    }

    @Test
    void smsSenderBeanSendsThroughTheConfiguredApiWithTheStatusCallback(
            @Autowired @Qualifier("smsSender") ChannelSender smsSender) {
        String messages = "/2010-04-01/Accounts/" + SID + "/Messages.json";
        twilio.stubFor(post(messages)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"SM-wired\",\"status\":\"queued\"}")));

        SendResult result = smsSender.send(new OutboundMessage(
                "out-wired", ContactAddress.tel(PhoneNumber.parseMobile(VISITOR)), "Дякуємо!", List.of()));

        assertThat(result).isEqualTo(new SendResult.Accepted("SM-wired"));
        twilio.verify(postRequestedFor(urlEqualTo(messages))
                .withFormParam(
                        "StatusCallback",
                        equalTo(TwilioWebhooks.PUBLIC_BASE_URL + TwilioEndpoints.STATUS_PATH + "#" + OVERRIDES)));
    }

    @Test
    void aReplySignedOverTheUrlWithTheConnectionOverridesIsTakenAndOneWithOtherOverridesIsNot() {
        String visitor = "+380671119301";
        var form = reply("SMoverrides1", "5");
        form.put("From", visitor);
        String overridden =
                TwilioWebhooks.sign(TwilioWebhooks.PUBLIC_BASE_URL, TwilioEndpoints.SMS_PATH + "#" + OVERRIDES, form);
        String other = TwilioWebhooks.sign(TwilioWebhooks.PUBLIC_BASE_URL, TwilioEndpoints.SMS_PATH + "#rc=1", form);

        webhooks.post(TwilioEndpoints.SMS_PATH, form, other).expectStatus().isForbidden();
        webhooks.post(TwilioEndpoints.SMS_PATH, form, overridden).expectStatus().isOk();
    }

    /** What Twilio is asked to do on a failed call: retry 5xx and timeouts, five times within 15 s. */
    static final String OVERRIDES = "rc=5&rp=ct,rt,5xx&tt=15000";

    static Map<String, String> reply(String sid, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ToCountry", "UA");
        form.put("SmsMessageSid", sid);
        form.put("NumMedia", "0");
        form.put("MessageSid", sid);
        form.put("AccountSid", SID);
        form.put("From", VISITOR);
        form.put("To", "+15005550006");
        form.put("Body", body);
        form.put("NumSegments", "1");
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    static Map<String, String> status(String sid, String status) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("MessageStatus", status);
        form.put("AccountSid", SID);
        form.put("To", VISITOR);
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Hears what the webhooks publish, as the conversation engine will; fails on request. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Heard {

        final List<Object> events = new CopyOnWriteArrayList<>();
        final AtomicInteger failuresToCome = new AtomicInteger();

        @EventListener
        void on(MessageReceived received) {
            if (failuresToCome.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throw new IllegalStateException("The handler failed, as the test asked");
            }
            events.add(received);
        }

        @EventListener
        void on(DeliveryReported reported) {
            events.add(reported);
        }

        List<MessageReceived> replies(String sid) {
            return events.stream()
                    .filter(e -> e instanceof MessageReceived r
                            && r.providerMessageId().equals(sid))
                    .map(MessageReceived.class::cast)
                    .toList();
        }

        List<DeliveryReported> reports(String sid) {
            return events.stream()
                    .filter(e -> e instanceof DeliveryReported r
                            && r.providerMessageId().equals(sid))
                    .map(DeliveryReported.class::cast)
                    .toList();
        }
    }
}
