package ua.vidguk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukApplication;

class RestartPersistenceIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void centresAndTheGeneratedTokenSurviveARestart() {
        String token;
        try (var first = start()) {
            token = java.nio.file.Files.exists(dataDir.resolve("admin-token")) ? read("admin-token") : null;
            api(first, token)
                    .put()
                    .uri("/api/v1/cnaps")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("[{\"code\":\"RST-1\",\"name\":\"ЦНАП Суми\",\"region\":\"UA-59\",\"city\":\"Суми\"}]")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        try (var second = start()) {
            api(second, token)
                    .get()
                    .uri("/api/v1/cnaps?region=UA-59")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.items[0].name")
                    .isEqualTo("ЦНАП Суми");
        }
        assertThat(read("admin-token")).isEqualTo(token);
    }

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(VidgukApplication.class)
                .properties("server.port=0", "vidguk.data-dir=" + dataDir)
                .run();
    }

    RestTestClient api(ConfigurableApplicationContext app, String token) {
        return RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .build();
    }

    String read(String file) {
        try {
            return java.nio.file.Files.readString(dataDir.resolve(file)).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
