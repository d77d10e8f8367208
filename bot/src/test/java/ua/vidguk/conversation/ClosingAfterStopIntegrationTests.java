package ua.vidguk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import ua.vidguk.StartedApplication;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;

/** A stop between storing a conversation's end and closing it is made good at the next start. */
class ClosingAfterStopIntegrationTests {

    static final String TOKEN = "closing-after-stop-admin-token";
    static final String VISITOR = "+380671330001";

    @TempDir
    Path data;

    @Test
    void aConversationThatEndedJustBeforeAStopIsFinishedWhenTheApplicationStartsAgain() throws Exception {
        try (var twilio = new CheapTwilio();
                var first = start(twilio)) {
            first.client(TOKEN)
                    .put()
                    .uri("/api/v1/cnaps")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("[{\"code\":\"STOP-1\",\"name\":\"ЦНАП Умань\",\"region\":\"UA-71\",\"city\":\"Умань\"}]")
                    .exchange()
                    .expectStatus()
                    .isOk();
            first.context().getBean(Conversations.class).start(tel(), Channel.SMS, "STOP-1");
            // What the stop left: the end stored (a STOP reply), the session not yet closed.
            mongo(first)
                    .getCollection("sessions")
                    .updateOne(
                            new Document("_id", tel().uri()),
                            new Document("$set", new Document("session.status", "OPTED_OUT")));
        }

        try (var twilio = new CheapTwilio();
                var second = start(twilio)) {
            assertThat(mongo(second).getCollection("sessions").countDocuments(new Document("_id", tel().uri())))
                    .isZero();
            assertThat(mongo(second)
                            .getCollection("responses")
                            .find(new Document("contact", tel().uri()))
                            .first())
                    .isNotNull()
                    .containsEntry("outcome", "OPTED_OUT");
        }
    }

    private StartedApplication start(CheapTwilio twilio) {
        return StartedApplication.start(
                "--vidguk.data-dir=" + data,
                "--vidguk.admin-token=" + TOKEN,
                "--vidguk.dispatch.enabled=false",
                "--vidguk.twilio.account-sid=" + CheapTwilio.ACCOUNT_SID,
                "--vidguk.twilio.auth-token=closing-after-stop-twilio",
                "--vidguk.twilio.from=+15005550006",
                "--vidguk.twilio.api-url=" + twilio.baseUrl());
    }

    private static MongoTemplate mongo(StartedApplication app) {
        return app.context().getBean(MongoTemplate.class);
    }

    private static ContactAddress tel() {
        return ContactAddress.tel(PhoneNumber.parseMobile(VISITOR));
    }
}
