package ua.vidguk.channel.sms;

import java.net.URI;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ua.vidguk.VidgukProperties;
import ua.vidguk.channel.ChannelSender;

/**
 * Chooses the SMS sender once, at start-up: Twilio when credentials are set, the sandbox
 * otherwise, and says which in the log so that nobody wonders whether visitors get messages.
 */
@Configuration(proxyBeanMethods = false)
class SmsChannelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsChannelConfiguration.class);

    @Bean
    ChannelSender smsSender(TwilioProperties twilio, VidgukProperties vidguk, Clock clock) {
        if (!twilio.hasCredentials()) {
            log.info("SMS channel: sandbox, nothing leaves the machine"
                    + " (set vidguk.twilio.account-sid and vidguk.twilio.auth-token to send through Twilio)");
            return new SandboxSmsSender(twilio.sandboxKept(), clock);
        }
        if (twilio.from() == null || twilio.from().isBlank()) {
            throw new IllegalStateException(
                    "vidguk.twilio.from (the sending number) must be set when Twilio credentials are");
        }
        URI statusCallback = webhookUrl(vidguk.publicBaseUrl(), TwilioWebhookController.STATUS_PATH);
        log.info("SMS channel: Twilio (real), API at {}", twilio.apiUrl());
        if (statusCallback == null) {
            log.warn("vidguk.public-base-url is not set: Twilio sends no delivery reports,"
                    + " and its webhooks are refused because their signatures cannot be checked");
        }
        return TwilioSmsSender.create(twilio, statusCallback);
    }

    /** The public address of one of our webhooks, as Twilio calls it and signs it. */
    static @Nullable URI webhookUrl(@Nullable URI publicBaseUrl, String path) {
        if (publicBaseUrl == null) {
            return null;
        }
        return URI.create(publicBaseUrl.toString().replaceAll("/+$", "") + path);
    }
}
