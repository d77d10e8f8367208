package ua.vidguk.poster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import ua.vidguk.VidgukProperties;

class SurveyAddressTests {

    @Test
    void theSurveyAddressIsUnderThePublicBaseUrlWithoutADoubleSlash() {
        var address = new SurveyAddress(new VidgukProperties(Path.of("."), URI.create("https://vidguk.example.ua/")));

        assertThat(address.base()).isEqualTo("https://vidguk.example.ua");
        assertThat(address.of("CH-001")).isEqualTo("https://vidguk.example.ua/c/CH-001");
    }
}
