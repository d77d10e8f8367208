package ua.vidguk.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.vidguk.ConsoleSession;
import ua.vidguk.VidgukIntegrationTest;

@VidgukIntegrationTest
class ApiDescriptionIntegrationTests {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theDescriptionSaysWhoMayCallEachOperationAndItsProblemResponses() throws Exception {
        var answer = get("/v3/api-docs", VidgukIntegrationTest.ADMIN_TOKEN);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Set-Cookie"))
                .as("a bearer call opens no session")
                .isEmpty();
        String api = answer.body();

        assertThat((String) JsonPath.read(api, "$.paths['/api/v1/visits'].post.description"))
                .startsWith("Role: reporter, coordinator or admin; scope: only centres within the caller's scope");
        assertThat((String) JsonPath.read(api, "$.paths['/api/v1/access-keys'].post.description"))
                .startsWith("Role: coordinator or admin; scope: only centres within the caller's scope");
        assertThat((String) JsonPath.read(api, "$.paths['/api/v1/audit'].get.description"))
                .startsWith("Role: admin only");
        assertThat((String) JsonPath.read(api, "$.paths['/api/v1/me'].get.description"))
                .startsWith("Role: any signed-in caller");
        assertThat((Map<String, Object>)
                        JsonPath.read(api, "$.paths['/api/v1/access-keys/{id}/revoke'].post.responses"))
                .containsKeys("401", "403", "404", "429");
        assertThat((Map<String, Object>) JsonPath.read(api, "$.paths['/api/v1/visits'].post.responses"))
                .containsKeys("400", "401", "403", "422", "429");
        assertThat((Map<String, Object>) JsonPath.read(api, "$.paths['/api/v1/visits'].post.responses['401'].content"))
                .containsOnlyKeys("application/problem+json");
        assertThat((String) JsonPath.read(api, "$.components.securitySchemes.bearer.scheme"))
                .isEqualTo("bearer");
    }

    @Test
    void onlyTheCoordinatorApiIsDescribed() throws Exception {
        Map<String, Object> paths = JsonPath.read(
                get("/v3/api-docs", VidgukIntegrationTest.ADMIN_TOKEN).body(), "$.paths");

        assertThat(paths.keySet())
                .isNotEmpty()
                .allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html"})
    void withoutCredentialsTheDescriptionSendsToTheSignIn(String path) throws Exception {
        for (var answer : List.of(get(path, null), get(path, "wrong-token-for-the-description"))) {
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in"));
            assertThat(answer.body()).doesNotContain("/api/v1/");
        }
    }

    @Test
    void theConsoleSessionOpensTheDescriptionButNotTheApi() throws Exception {
        var console = new ConsoleSession(port);
        console.signIn(VidgukIntegrationTest.ADMIN_TOKEN);

        assertThat(console.get("/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(console.get("/v3/api-docs").body()).contains("/api/v1/visits");
        assertThat(console.get("/api/v1/cnaps").statusCode()).isEqualTo(401);
    }

    @Test
    void thePageIsServedWithLocalAssetsOnly() throws Exception {
        var page = get("/swagger-ui.html", VidgukIntegrationTest.ADMIN_TOKEN);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/swagger-ui/index.html"));

        var index = get("/swagger-ui/index.html", VidgukIntegrationTest.ADMIN_TOKEN);
        assertThat(index.statusCode()).isEqualTo(200);
        var assets = ASSET.matcher(index.body())
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(assets).isNotEmpty().allSatisfy(asset -> assertThat(asset).doesNotContain("//"));
        for (String asset : assets) {
            assertThat(get("/swagger-ui/" + asset.replaceFirst("^\\./", ""), VidgukIntegrationTest.ADMIN_TOKEN)
                            .statusCode())
                    .as(asset)
                    .isEqualTo(200);
        }
        String initializer = get("/swagger-ui/swagger-initializer.js", VidgukIntegrationTest.ADMIN_TOKEN)
                .body();
        assertThat(initializer).doesNotContain("http:").doesNotContain("https:");
        String config = get("/v3/api-docs/swagger-config", VidgukIntegrationTest.ADMIN_TOKEN)
                .body();
        assertThat(config).contains("\"validatorUrl\":\"none\"");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
