package ua.vidguk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class TwilioEndpointsTests {

    @Test
    void webhookUrlIsThePublicBaseUrlWithItsPathPlusTheWebhookPath() {
        assertThat(TwilioEndpoints.url(URI.create("https://example.ua/vidguk/"), "/webhooks/twilio/sms"))
                .isEqualTo(URI.create("https://example.ua/vidguk/webhooks/twilio/sms"));
        assertThat(TwilioEndpoints.url(null, "/webhooks/twilio/sms")).isNull();
    }
}
