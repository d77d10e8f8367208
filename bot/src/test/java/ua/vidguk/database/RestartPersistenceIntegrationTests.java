package ua.vidguk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import ua.vidguk.StartedApplication;

class RestartPersistenceIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void centresAndTheGeneratedTokenSurviveARestart() throws IOException {
        String token;
        try (var first = StartedApplication.start("--vidguk.data-dir=" + dataDir)) {
            token = Files.readString(dataDir.resolve("admin-token")).strip();
            first.client(token)
                    .put()
                    .uri("/api/v1/cnaps")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("[{\"code\":\"RST-1\",\"name\":\"ЦНАП Суми\",\"region\":\"UA-59\",\"city\":\"Суми\"}]")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        try (var second = StartedApplication.start("--vidguk.data-dir=" + dataDir)) {
            second.client(token)
                    .get()
                    .uri("/api/v1/cnaps?region=UA-59")
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.items[0].name")
                    .isEqualTo("ЦНАП Суми");
        }
        assertThat(Files.readString(dataDir.resolve("admin-token")).strip()).isEqualTo(token);
    }
}
