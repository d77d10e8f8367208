package ua.vidguk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.util.HtmlUtils;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Conversations;

@VidgukIntegrationTest
@TestPropertySource(properties = {"vidguk.viber.uri=vidguk-test", "vidguk.telegram.bot-username=vidguk_test_bot"})
class VisitPageIntegrationTests {

    static final ContactAddress VISITOR = ContactAddress.tel(PhoneNumber.parseMobile("+380671330001"));

    @LocalServerPort
    int port;

    @Autowired
    Conversations conversations;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationEventPublisher events;

    RestTestClient http;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        http.put()
                .uri("/api/v1/cnaps")
                .header("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .body("[{\"code\":\"WEB-1\",\"name\":\"ЦНАП «Прилуки»\",\"region\":\"UA-74\",\"city\":\"Прилуки\"}]")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void visitLinkAsksTheQuestionAndOffersBothMessengersWithTheTokenAndShowsNothingPersonalUntilTheSurveyEnds() {
        conversations.start(VISITOR, Channel.SMS, "WEB-1");
        String token = mongo.getCollection("sessions")
                .find(new Document("_id", VISITOR.uri()))
                .first()
                .get("session", Document.class)
                .getString("_id");

        String page = page(token, 200);

        assertThat(page)
                .contains("Опитування про ЦНАП «Прилуки»", "Як ви загалом оцінюєте обслуговування в центрі?")
                .contains("viber://pa?chatURI=vidguk-test&context=" + token)
                .contains("https://t.me/vidguk_test_bot?start=" + token)
                .doesNotContain("671330001", "380");

        events.publishEvent(new MessageReceived(Channel.SMS, "SMweb1", VISITOR, "СТОП", Instant.now()));

        assertThat(page(token, 200)).contains("вже завершене").doesNotContain("t.me");
    }

    @Test
    void unknownOrMalformedTokensGetAPoliteNotFound() {
        assertThat(page("Zz9Zz9Zz9Z", 404)).contains("Посилання недійсне");
        assertThat(page("not-a-token-at-all", 404)).contains("Посилання недійсне");
    }

    String page(String token, int status) {
        String html = http.get()
                .uri("/v/" + token)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        // Compared as a browser reads it: the template escapes '=' in links, validly.
        return HtmlUtils.htmlUnescape(html);
    }
}
