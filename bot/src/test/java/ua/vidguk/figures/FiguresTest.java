package ua.vidguk.figures;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import ua.vidguk.Centres;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.conversation.event.SurveyExpired;

/**
 * Publishes survey ends as the conversation does (synchronously, to every listener) and reads what
 * the figures stored and what the ratings answer. Each test class uses its own centres and year.
 */
@VidgukIntegrationTest
abstract class FiguresTest {

    static final ContactAddress CONTACT = ContactAddress.tel(PhoneNumber.parseMobile("+380671234567"));

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationEventPublisher events;

    RestTestClient http;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    void centre(String code, String region, String city) {
        Centres.register(port, code, region, city);
    }

    static Map<String, String> answers(String... pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put(pairs[i], pairs[i + 1]);
        }
        return answers;
    }

    static SurveyCompleted completed(
            String session, String cnap, Channel channel, Map<String, String> answers, boolean negative, Instant at) {
        return new SurveyCompleted(
                session, "cnap-visit", cnap, CONTACT, channel, answers, negative, at.minusSeconds(300), at);
    }

    static SurveyExpired expired(
            String session, String cnap, Channel channel, Map<String, String> answers, Instant at) {
        return new SurveyExpired(session, "cnap-visit", cnap, CONTACT, channel, answers, at.minusSeconds(90_000), at);
    }

    Optional<Document> figures(String id) {
        return Optional.ofNullable(mongo.getCollection(FigureKeys.COLLECTION)
                .find(new Document("_id", id))
                .first());
    }

    JsonNode ratings(String bearer, String query) {
        return http.get()
                .uri("/api/v1/ratings?" + query)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(JsonNode.class)
                .getResponseBody();
    }

    String issueKey(String role, String scope) {
        return ua.vidguk.AccessKeysForTests.issue(port, role, scope);
    }
}
