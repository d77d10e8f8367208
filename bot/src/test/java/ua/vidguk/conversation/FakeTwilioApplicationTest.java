package ua.vidguk.conversation;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.sms.TwilioWebhooks;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;

/**
 * The whole application with real Twilio settings pointed at a fake Twilio that accepts every SMS,
 * signed webhook calls, and one centre to survey about.
 */
@VidgukIntegrationTest
@TestPropertySource(
        properties = {
            "vidguk.twilio.account-sid=" + FakeTwilio.SID,
            "vidguk.twilio.auth-token=" + TwilioWebhooks.TOKEN,
            "vidguk.twilio.from=+15005550006",
            "vidguk.twilio.retry.delay=5ms",
            "vidguk.public-base-url=" + TwilioWebhooks.PUBLIC_BASE_URL
        })
abstract class FakeTwilioApplicationTest {

    @RegisterExtension
    static WireMockExtension twilio = FakeTwilio.server();

    @DynamicPropertySource
    static void fakeTwilio(DynamicPropertyRegistry properties) {
        properties.add("vidguk.twilio.api-url", twilio::baseUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    Conversations conversations;

    @Autowired
    MongoTemplate mongo;

    TwilioWebhooks webhooks;

    @BeforeEach
    void connectToTheApplication() {
        FakeTwilio.acceptEverything(twilio);
        var http = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build();
        webhooks = new TwilioWebhooks(http);
        http.put()
                .uri("/api/v1/cnaps")
                .header("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .body(centre())
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** The centre the test's surveys are about, as a one-item upload. */
    abstract String centre();

    /** A visitor's SMS as Twilio posts it: signed, answered 200. A sid seen before is a redelivery. */
    void sms(String from, String sid, String text) {
        webhooks.postSigned("/webhooks/twilio/sms", form(sid, from, text))
                .expectStatus()
                .isOk();
    }

    static Map<String, String> form(String sid, String from, String text) {
        return Map.of(
                "MessageSid", sid, "AccountSid", FakeTwilio.SID, "From", from, "To", "+15005550006", "Body", text);
    }

    static ContactAddress tel(String e164) {
        return ContactAddress.tel(PhoneNumber.parseMobile(e164));
    }
}
