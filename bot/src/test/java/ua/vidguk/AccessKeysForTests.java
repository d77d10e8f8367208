package ua.vidguk;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Issues an API key through the API with the admin token, as a test's set-up. */
public final class AccessKeysForTests {

    private AccessKeysForTests() {}

    /** On an application started with {@link VidgukIntegrationTest}'s admin token: the key itself. */
    public static String issue(int port, String role, String scope) {
        return RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .build()
                .post()
                .uri("/api/v1/access-keys")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "test " + role + " " + scope, "role", role, "scope", scope))
                .exchange()
                .expectStatus()
                .isCreated()
                .returnResult(JsonNode.class)
                .getResponseBody()
                .path("key")
                .asString();
    }
}
