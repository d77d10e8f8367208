package ua.vidguk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CentresPageTextsTests {

    @Test
    void theEnglishDirectoryHasEveryTextTheUkrainianHas() throws IOException {
        assertThat(texts("centres_en.properties").stringPropertyNames())
                .isEqualTo(texts("centres.properties").stringPropertyNames());
    }

    /** The file alone: a bundle would fill the English file's gaps from the Ukrainian. */
    private static Properties texts(String file) throws IOException {
        var texts = new Properties();
        try (var in = new InputStreamReader(
                Objects.requireNonNull(CentresPageTextsTests.class.getResourceAsStream(file)),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }

    @Test
    void aSearchIsFoldedToOneCaseOneApostropheAndSingleSpaces() {
        assertThat(CentreDirectory.folded("  Кам’янське   КАМʼЯНСЬКЕ Kam`yanske "))
                .isEqualTo("кам'янське кам'янське kam'yanske");
        assertThat(CentreDirectory.folded("Бiла Церква")).isEqualTo(CentreDirectory.folded("Біла церква"));
    }
}
