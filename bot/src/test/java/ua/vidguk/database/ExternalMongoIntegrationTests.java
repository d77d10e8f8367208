package ua.vidguk.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import ua.vidguk.StartedApplication;

/** With {@code spring.mongodb.uri} set, Vidguk uses that server and starts nothing embedded. */
class ExternalMongoIntegrationTests {

    static final String TOKEN = "external-mongo-token-0123456789";

    @TempDir
    Path dataDir;

    final MongoServer external = new MongoServer(H2Backend.inMemory());
    final String uri = external.bindAndGetConnectionString();

    @AfterEach
    void stopExternal() {
        external.shutdownNow();
    }

    @Test
    void configuredUriIsUsedAndNoEmbeddedServerStarts() {
        try (var app = StartedApplication.start(
                "--vidguk.data-dir=" + dataDir,
                "--vidguk.admin-token=" + TOKEN,
                "--spring.mongodb.uri=" + uri + "/vidguk-external")) {
            assertThat(app.context().getBeansOfType(EmbeddedMongoServer.class)).isEmpty();
            var http = app.client(TOKEN);

            http.get()
                    .uri("/actuator/health")
                    .exchange()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("UP");
            http.put()
                    .uri("/api/v1/cnaps")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("[{\"code\":\"EXT-1\",\"name\":\"ЦНАП Херсон\",\"region\":\"UA-65\",\"city\":\"Херсон\"}]")
                    .exchange()
                    .expectStatus()
                    .isOk();
        }

        try (var client = MongoClients.create(uri)) {
            var stored =
                    client.getDatabase("vidguk-external").getCollection("cnaps").find(new Document("_id", "EXT-1"));
            assertThat(stored.first()).containsEntry("city", "Херсон");
        }
        assertThat(dataDir.resolve(EmbeddedMongoServer.STORE_FILE)).doesNotExist();
    }
}
