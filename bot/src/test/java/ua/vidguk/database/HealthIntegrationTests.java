package ua.vidguk.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukIntegrationTest;

@VidgukIntegrationTest
class HealthIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void embeddedDatabaseIsReportedUpToCoordinatorsAndOverallStatusToEveryone() {
        var http = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build();

        http.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components")
                .doesNotExist();

        http.get()
                .uri("/actuator/health")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .exchange()
                .expectBody()
                .jsonPath("$.components.mongo.status")
                .isEqualTo("UP")
                .jsonPath("$.components.mongo.details.database")
                .isEqualTo("vidguk");
    }
}
