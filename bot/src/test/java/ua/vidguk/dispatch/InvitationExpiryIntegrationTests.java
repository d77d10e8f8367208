package ua.vidguk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.MutableClock;
import ua.vidguk.VidgukIntegrationTest;

/** A sent invitation nobody answers shows as expired once its survey's time is up. */
@VidgukIntegrationTest
@Import(InvitationExpiryIntegrationTests.Setup.class)
@TestPropertySource(
        properties = {
            "vidguk.dispatch.enabled=false",
            "vidguk.conversation.expire-after=24h",
            "vidguk.conversation.sweep-every=200ms"
        })
class InvitationExpiryIntegrationTests {

    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Dispatcher dispatcher;

    @Test
    void anUnansweredInvitationExpiresWithItsSurvey() {
        var api = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/api/v1")
                .defaultHeader("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .build();
        api.put()
                .uri("/cnaps")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("code", "EXP-1", "name", "ЦНАП Суми", "region", "UA-59", "city", "Суми")))
                .exchange()
                .expectStatus()
                .isOk();
        String campaign = (String) api.post()
                .uri("/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "name", "Суми",
                        "cnapCodes", List.of("EXP-1"),
                        "delayAfterVisit", "PT0S",
                        "sendWindow", Map.of("opens", "00:00", "closes", "23:59"),
                        "endsAt", START.plus(Duration.ofDays(30)).toString()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("id");
        api.post()
                .uri("/visits")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of(
                        "externalId",
                        "E-1",
                        "cnapCode",
                        "EXP-1",
                        "phone",
                        "0671239001",
                        "visitedAt",
                        START.toString())))
                .exchange()
                .expectStatus()
                .isOk();
        dispatcher.dispatchDue();

        clock.advance(Duration.ofHours(25));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.get()
                                .uri("/campaigns/" + campaign + "/progress")
                                .exchange()
                                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                                .returnResult()
                                .getResponseBody()
                                .get("invitations"))
                        .isEqualTo(Map.of("EXPIRED", 1)));
    }

    @TestConfiguration
    static class Setup {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }
}
