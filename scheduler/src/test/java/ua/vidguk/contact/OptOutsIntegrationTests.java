package ua.vidguk.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class OptOutsIntegrationTests {

    final MongoServer server = new MongoServer(H2Backend.inMemory());
    final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final OptOuts optOuts = new OptOuts(new MongoTemplate(client, "vidguk"));

    final ContactAddress phone = ContactAddress.tel(PhoneNumber.parseMobile("0671234512"));
    final ContactAddress otherPhone = ContactAddress.tel(PhoneNumber.parseMobile("0501234567"));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void optedOutContactStaysOptedOutUntilItOptsBackIn() {
        assertThat(optOuts.optOut(phone, "sms", Instant.parse("2026-11-24T10:00:00Z")))
                .isTrue();

        assertThat(optOuts.isOptedOut(phone)).isTrue();
        assertThat(optOuts.isOptedOut(otherPhone)).isFalse();

        assertThat(optOuts.optIn(phone)).isTrue();
        assertThat(optOuts.isOptedOut(phone)).isFalse();
        assertThat(optOuts.optIn(phone)).isFalse();
    }

    @Test
    void repeatedOptOutIsAcknowledgedAndChangesNothing() {
        optOuts.optOut(phone, "sms", Instant.parse("2026-11-24T10:00:00Z"));

        assertThat(optOuts.optOut(phone, "twilio-21610", Instant.parse("2026-11-25T10:00:00Z")))
                .isFalse();
        assertThat(optOuts.isOptedOut(phone)).isTrue();
    }
}
