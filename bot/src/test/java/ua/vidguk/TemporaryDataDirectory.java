package ua.vidguk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each test application a data directory of its own, so runs never see each other's data. */
public class TemporaryDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            var dir = Files.createTempDirectory("vidguk-test-");
            dir.toFile().deleteOnExit();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(
                            new MapPropertySource("temporaryDataDirectory", Map.of("vidguk.data-dir", dir.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
