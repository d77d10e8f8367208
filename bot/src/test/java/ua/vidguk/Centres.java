package ua.vidguk;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Registers a centre through the coordinator API, as a test's set-up. */
public final class Centres {

    private Centres() {}

    /** On an application started with {@link VidgukIntegrationTest}'s admin token. */
    public static void register(int port, String code, String region, String city) {
        register(
                RestTestClient.bindToServer()
                        .baseUrl("http://localhost:" + port)
                        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                        .build(),
                code,
                region,
                city);
    }

    /** @param api a client with a coordinator's or admin's bearer credential */
    public static void register(RestTestClient api, String code, String region, String city) {
        api.put()
                .uri("/api/v1/cnaps")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("code", code, "name", "ЦНАП " + code, "region", region, "city", city)))
                .exchange()
                .expectStatus()
                .isOk();
    }
}
