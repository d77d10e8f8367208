package ua.vidguk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TelegramChannelConfigurationTests {

    final TelegramChannelConfiguration configuration = new TelegramChannelConfiguration();

    @Test
    void aBlankTokenMeansTheSandboxWithNoClient() {
        var settings = properties(" ");
        var connection = configuration.telegramConnection(settings);

        assertThat(connection.client()).isEmpty();
        assertThat(configuration.telegramSender(connection, settings))
                .isInstanceOf(ua.vidguk.channel.SandboxSender.class);
    }

    @Test
    void aTokenMeansTheRealSender() {
        var settings = properties("123456:token");
        var connection = configuration.telegramConnection(settings);

        assertThat(connection.client()).isPresent();
        assertThat(configuration.telegramSender(connection, settings)).isInstanceOf(TelegramSender.class);
    }

    @Test
    void theApiAddressGivesSchemeHostAndPortWithTheSchemesDefaultPort() {
        var fake = TelegramChannelConfiguration.url(URI.create("http://localhost:8089"));
        var real = TelegramChannelConfiguration.url(URI.create("https://api.telegram.org"));

        assertThat(fake.getSchema()).isEqualTo("http");
        assertThat(fake.getHost()).isEqualTo("localhost");
        assertThat(fake.getPort()).isEqualTo(8089);
        assertThat(real.getPort()).isEqualTo(443);
    }

    static TelegramProperties properties(@Nullable String token) {
        return new TelegramProperties(
                token,
                "vidguk_bot",
                TelegramProperties.Mode.POLLING,
                null,
                URI.create("https://api.telegram.org"),
                new TelegramProperties.Limits(30, Duration.ofSeconds(1)),
                new TelegramProperties.Retry(3, Duration.ofMillis(500), 2, Duration.ofSeconds(10)));
    }
}
