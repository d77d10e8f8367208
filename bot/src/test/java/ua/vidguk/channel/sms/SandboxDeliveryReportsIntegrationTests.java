package ua.vidguk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import ua.vidguk.Centres;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.sandbox.Transcript;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Inviter;

/** The SMS sandbox reports a message delivered through the signed status webhook, as Twilio does. */
@VidgukIntegrationTest
@TestPropertySource(properties = "vidguk.twilio.sandbox-delivered-after=100ms")
class SandboxDeliveryReportsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Inviter inviter;

    @Autowired
    @Qualifier("smsTranscript")
    Transcript transcript;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anInvitationSentInTheSandboxIsReportedDelivered() {
        Centres.register(port, "DLV-001", "UA-74", "Чернігів");

        inviter.invite(PhoneNumber.parseMobile("+380671239001"), "DLV-001");

        String sid = transcript.of("+380671239001").getLast().id();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document logged = mongo.findById("SMS:" + sid, Document.class, "messages");
            assertThat(logged).isNotNull();
            assertThat(logged.getString("status")).isEqualTo("DELIVERED");
        });
    }
}
