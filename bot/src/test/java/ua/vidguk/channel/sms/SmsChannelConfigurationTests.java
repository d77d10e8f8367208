package ua.vidguk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import ua.vidguk.VidgukProperties;

class SmsChannelConfigurationTests {

    final VidgukProperties vidguk = new VidgukProperties(Path.of("data"), URI.create("https://vidguk.example.ua/"));

    @Test
    void credentialsWithoutASendingNumberStopStartUpNamingTheSetting() {
        var twilio = properties("AC1", "token", null);

        assertThatIllegalStateException()
                .isThrownBy(() -> new SmsChannelConfiguration().twilioAccount(twilio))
                .withMessageContaining("vidguk.twilio.from");
    }

    @Test
    void aBlankTokenMeansTheSandboxWithAGeneratedAccount() {
        var configuration = new SmsChannelConfiguration();
        var first = configuration.twilioAccount(properties("AC1", " ", "+15005550006"));
        var second = configuration.twilioAccount(properties("AC1", " ", "+15005550006"));

        assertThat(first.sandbox()).isTrue();
        assertThat(first.accountSid()).startsWith("AC").isNotEqualTo("AC1");
        assertThat(first.authToken()).hasSize(32).isNotEqualTo(second.authToken());
        assertThat(first.signedBaseUrl(new VidgukProperties(Path.of("data"), null)))
                .isEqualTo(TwilioAccount.SANDBOX_BASE_URL);
    }

    static TwilioProperties properties(String sid, String token, String from) {
        return new TwilioProperties(
                sid,
                token,
                from,
                URI.create("https://api.twilio.com"),
                new TwilioProperties.Retry(3, Duration.ofMillis(500), 2, Duration.ofSeconds(4)),
                10,
                java.time.Duration.ZERO,
                "");
    }
}
