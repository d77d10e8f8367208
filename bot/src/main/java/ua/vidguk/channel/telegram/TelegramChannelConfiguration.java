package ua.vidguk.channel.telegram;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.StaffMessenger;
import ua.vidguk.channel.sandbox.Loopback;
import ua.vidguk.channel.sandbox.SimulatedChannel;
import ua.vidguk.channel.sandbox.Transcript;

/**
 * Chooses the Telegram provider once, at start-up: the Bot API when a token is set, the sandbox
 * otherwise, and says which in the log. The sender is the same either way; in the sandbox its
 * HTTP calls are answered in-process and updates come from the simulator through the webhook.
 */
@Configuration(proxyBeanMethods = false)
class TelegramChannelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannelConfiguration.class);
    /** Telegram chats the sandbox keeps messages of, all chats together. */
    static final int SANDBOX_KEPT = 1_000;

    @Bean
    Transcript telegramTranscript() {
        return new Transcript(SANDBOX_KEPT);
    }

    @Bean
    SandboxTelegramApi sandboxTelegramApi(Transcript telegramTranscript, Clock clock) {
        return new SandboxTelegramApi(telegramTranscript, clock);
    }

    @Bean
    TelegramConnection telegramConnection(TelegramProperties telegram, SandboxTelegramApi sandboxApi) {
        if (telegram.hasToken()) {
            log.info("Telegram channel: real, Bot API at {}, updates by {}", telegram.apiUrl(), telegram.mode());
            return new TelegramConnection(
                    new OkHttpTelegramClient(telegram.botToken(), url(telegram.apiUrl())),
                    telegram.webhookSecret(),
                    false);
        }
        log.info("Telegram channel: sandbox, nothing leaves the machine; updates come from the web simulator"
                + " through the webhook (set vidguk.telegram.bot-token to use Telegram)");
        var http = new OkHttpClient.Builder().addInterceptor(sandboxApi).build();
        String token = "1:" + random();
        return new TelegramConnection(new OkHttpTelegramClient(http, token, url(telegram.apiUrl())), random(), true);
    }

    @Bean
    ChannelSender telegramSender(TelegramConnection connection, TelegramProperties telegram) {
        return new TelegramSender(connection.client(), new SendLimiter(telegram.limits()), telegram.retry());
    }

    @Bean
    @Conditional(TelegramSandbox.class)
    SimulatedChannel simulatedTelegram(
            Transcript telegramTranscript, SandboxTelegramApi api, TelegramConnection connection, Loopback loopback) {
        return new SimulatedTelegram(telegramTranscript, api, connection, loopback);
    }

    @Bean
    StaffMessenger staffMessenger(TelegramConnection connection) {
        return new TelegramStaffMessenger(connection.client());
    }

    /** The library takes scheme, host and port only; a path in the address would be ignored. */
    static TelegramUrl url(URI apiUrl) {
        String scheme = apiUrl.getScheme();
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "http".equals(scheme) ? 80 : 443;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
