package ua.vidguk.channel.viber;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import ua.vidguk.VidgukProperties;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.sandbox.Loopback;
import ua.vidguk.channel.sandbox.SimulatedChannel;
import ua.vidguk.channel.sandbox.Transcript;

/**
 * Chooses the Viber provider once, at start-up: the real one when an auth token is set, the
 * sandbox otherwise, and says which in the log. The sender is the same either way; in the sandbox
 * its HTTP calls are answered in-process.
 */
@Configuration(proxyBeanMethods = false)
class ViberChannelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ViberChannelConfiguration.class);

    /** The callbacks Viber is asked for; {@code message} always comes. */
    static final List<String> EVENT_TYPES =
            List.of("delivered", "seen", "failed", "subscribed", "unsubscribed", "conversation_started");
    /** Viber messages the sandbox keeps, all users together. */
    static final int SANDBOX_KEPT = 1_000;

    private final ViberProperties viber;
    private final VidgukProperties vidguk;

    ViberChannelConfiguration(ViberProperties viber, VidgukProperties vidguk) {
        this.viber = viber;
        this.vidguk = vidguk;
    }

    @Bean
    WelcomeCapture viberWelcomeCapture() {
        return new WelcomeCapture();
    }

    @Bean
    ViberAccount viberAccount() {
        if (!viber.hasCredentials()) {
            log.info("Viber channel: sandbox, nothing leaves the machine; callbacks come from the web simulator"
                    + " (set vidguk.viber.auth-token to send through Viber)");
            return ViberAccount.generated();
        }
        log.info("Viber channel: real, API at {}", viber.apiUrl());
        return new ViberAccount(viber.authToken(), false);
    }

    @Bean
    Transcript viberTranscript() {
        return new Transcript(SANDBOX_KEPT);
    }

    @Bean
    ChannelSender viberSender(ViberAccount account, WelcomeCapture capture, Transcript viberTranscript, Clock clock) {
        var sandbox = account.sandbox() ? new SandboxViberApi(viberTranscript, clock) : null;
        return new ViberSender(new ViberApi(viber, account.authToken(), sandbox), capture, viber.botName());
    }

    @Bean
    @Conditional(ViberSandbox.class)
    SimulatedChannel simulatedViber(
            Transcript viberTranscript, ViberSignature signature, Loopback loopback, Clock clock) {
        return new SimulatedViber(viberTranscript, signature, loopback, clock);
    }

    /**
     * Tells Viber where the webhook is. A failure is logged, not thrown: the bot still sends, and
     * the operator can see the reason; Viber itself calls the webhook to verify it while this runs.
     */
    @EventListener(ApplicationReadyEvent.class)
    void registerWebhook() {
        if (!viber.hasCredentials()) {
            return;
        }
        if (vidguk.publicBaseUrl() == null) {
            log.warn("vidguk.public-base-url is not set: Viber's webhook is not registered, so no replies arrive");
            return;
        }
        String url = vidguk.publicBaseUrl().toString().replaceAll("/+$", "") + ViberWebhookController.PATH;
        ViberApi.Answer answer = new ViberApi(viber).setWebhook(Map.of("url", url, "event_types", EVENT_TYPES));
        if (answer.ok()) {
            log.info("Viber webhook registered at {}", url);
        } else {
            log.warn("Viber refused the webhook {}: {} {}", url, answer.status(), answer.statusMessage());
        }
    }
}
