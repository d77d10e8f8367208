package ua.vidguk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class ContactLinksIntegrationTests {

    final MongoServer server = new MongoServer(H2Backend.inMemory());
    final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final ContactLinks links = new ContactLinks(new MongoTemplate(client, "vidguk"));

    final PhoneNumber phone = PhoneNumber.parseMobile("0671234512");
    final Instant at = Instant.parse("2026-11-24T10:00:00Z");

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aPhoneNumberKeepsOneIdentityPerMessengerTheLatestShared() {
        assertThat(links.of(phone)).isEmpty();

        links.link(phone, ContactAddress.viber("old-viber-id"), at);
        links.link(phone, ContactAddress.telegram(4242L), at.plusSeconds(1));
        links.link(phone, ContactAddress.viber("new-viber-id"), at.plusSeconds(2));

        var linked = links.of(phone).orElseThrow();
        assertThat(linked.viberAddress()).contains(ContactAddress.viber("new-viber-id"));
        assertThat(linked.telegramAddress()).contains(ContactAddress.telegram(4242L));
        assertThat(linked.viberLinkedAt()).isEqualTo(at.plusSeconds(2));
        assertThat(links.of(PhoneNumber.parseMobile("0501234567"))).isEmpty();
    }

    @Test
    void aPhoneNumberIsNotAMessengerIdentity() {
        assertThatThrownBy(() -> links.link(phone, ContactAddress.tel(phone), at))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
