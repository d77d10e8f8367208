package ua.vidguk;

import java.util.Map;
import java.util.Objects;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Invites a person's account through the API, as a test's set-up, and gives the one-time link. */
public final class Invites {

    private Invites() {}

    /** @param api a client with a coordinator's or admin's bearer credential */
    public static String invite(RestTestClient api, String email, String name, String role, String scope) {
        Map<String, Object> invited = api.post()
                .uri("/api/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "name", name, "role", role, "scope", scope))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        return Objects.requireNonNull(invited).get("inviteUrl").toString();
    }
}
