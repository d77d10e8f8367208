package ua.vidguk.channel.sms;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import ua.vidguk.VidgukProperties;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.sandbox.Loopback;
import ua.vidguk.channel.sandbox.SimulatedChannel;
import ua.vidguk.channel.sandbox.Transcript;

/**
 * Chooses the SMS provider once, at start-up: Twilio when credentials are set, the sandbox
 * otherwise, and says which in the log so that nobody wonders whether visitors get messages. Either
 * way the sender is twilio-java with our transport; the sandbox replaces only the HTTP call.
 */
@Configuration(proxyBeanMethods = false)
class SmsChannelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsChannelConfiguration.class);

    @Bean
    TwilioAccount twilioAccount(TwilioProperties twilio) {
        if (!twilio.hasCredentials()) {
            log.info("SMS channel: sandbox, nothing leaves the machine"
                    + " (set vidguk.twilio.account-sid and vidguk.twilio.auth-token to send through Twilio)");
            return TwilioAccount.generated();
        }
        if (twilio.from() == null || twilio.from().isBlank()) {
            throw new IllegalStateException(
                    "vidguk.twilio.from (the sending number) must be set when Twilio credentials are");
        }
        log.info("SMS channel: Twilio (real), API at {}", twilio.apiUrl());
        return new TwilioAccount(
                Objects.requireNonNull(twilio.accountSid()),
                Objects.requireNonNull(twilio.authToken()),
                twilio.from(),
                false);
    }

    @Bean
    Transcript smsTranscript(TwilioProperties twilio) {
        return new Transcript(twilio.sandboxKept());
    }

    @Bean
    ChannelSender smsSender(
            TwilioAccount account,
            TwilioProperties twilio,
            VidgukProperties vidguk,
            Transcript smsTranscript,
            TwilioSignature signature,
            Loopback loopback,
            Clock clock) {
        if (account.sandbox()) {
            var reports = new SandboxDeliveryReports(signature, loopback, twilio.sandboxDeliveredAfter());
            var transport = new TwilioHttpClient(
                    twilio.apiUrl(), new SandboxTwilioApi(smsTranscript, reports, clock), twilio.retry());
            return TwilioSmsSender.create(
                    account,
                    transport,
                    TwilioEndpoints.url(account.signedBaseUrl(vidguk), TwilioEndpoints.STATUS_PATH));
        }
        URI statusCallback = TwilioEndpoints.urlWithOverrides(
                vidguk.publicBaseUrl(), TwilioEndpoints.STATUS_PATH, twilio.connectionOverrides());
        if (statusCallback == null) {
            log.warn("vidguk.public-base-url is not set: Twilio sends no delivery reports,"
                    + " and its webhooks are refused because their signatures cannot be checked");
        }
        return TwilioSmsSender.create(account, TwilioHttpClient.create(twilio), statusCallback);
    }

    @Bean
    @Conditional(TwilioSandbox.class)
    SimulatedChannel simulatedSms(
            Transcript smsTranscript,
            TwilioAccount account,
            TwilioSignature signature,
            Loopback loopback,
            Clock clock) {
        return new SimulatedSms(smsTranscript, account, signature, loopback, clock);
    }
}
