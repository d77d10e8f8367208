package ua.vidguk.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukIntegrationTest;

@VidgukIntegrationTest
class AccessIntegrationTests {

    static final String CENTRE = "[{\"code\":\"ACC-1\",\"name\":\"ЦНАП\",\"region\":\"UA-05\",\"city\":\"Вінниця\"}]";

    @LocalServerPort
    int port;

    RestTestClient http;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer wrong-token-0123456789", "Basic dGVzdDp0ZXN0", "Bearer "})
    void writeWithoutTheRightTokenGets401ProblemAndChangesNothing(String authorization) {
        http.put()
                .uri("/api/v1/cnaps")
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .contentType(MediaType.APPLICATION_JSON)
                .body(CENTRE)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        http.get()
                .uri("/api/v1/cnaps?region=UA-05")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.totalItems")
                .isEqualTo(0);
    }

    @Test
    void readsNeedTheTokenToo() {
        http.get().uri("/api/v1/cnaps").exchange().expectStatus().isUnauthorized();
        http.get()
                .uri("/api/v1/cnaps")
                .header(HttpHeaders.AUTHORIZATION, "bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void healthAndInfoArePublicButMetricsNeedTheToken() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        http.get().uri("/actuator/info").exchange().expectStatus().isOk();
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        http.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        http.get()
                .uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void pathsNotOpenedOnPurposeNeedTheToken() {
        // "/" is the web console, which sends to its sign-in page (ConsoleSignInIntegrationTests).
        http.get().uri("/api/v1/anything-new").exchange().expectStatus().isUnauthorized();
        http.get().uri("/anything-new").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void webhookPathsAreNotBehindTheCoordinatorToken() {
        var status = http.post()
                .uri("/webhooks/twilio/sms")
                .exchange()
                .returnResult()
                .getStatus();

        assertThat(status.value()).isNotEqualTo(401);
    }
}
