package ua.vidguk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TelegramChannelConfigurationTests {

    final TelegramChannelConfiguration configuration = new TelegramChannelConfiguration();

    final SandboxTelegramApi sandboxApi =
            new SandboxTelegramApi(new ua.vidguk.channel.sandbox.Transcript(10), java.time.Clock.systemUTC());

    @Test
    void aBlankTokenMeansTheSandboxWithAGeneratedWebhookSecret() {
        var settings = properties(" ");
        var connection = configuration.telegramConnection(settings, sandboxApi);

        assertThat(connection.sandbox()).isTrue();
        assertThat(connection.webhookSecret()).hasSize(48);
        assertThat(configuration.telegramConnection(settings, sandboxApi).webhookSecret())
                .isNotEqualTo(connection.webhookSecret());
    }

    @Test
    void aTokenMeansTheRealBotApiWithTheConfiguredSecret() {
        var settings = properties("123456:token");
        var connection = configuration.telegramConnection(settings, sandboxApi);

        assertThat(connection.sandbox()).isFalse();
        assertThat(connection.webhookSecret()).isNull();
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
