package ua.vidguk.channel.telegram;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.SandboxSender;
import ua.vidguk.channel.StaffMessenger;

/**
 * Chooses the Telegram sender once, at start-up: the Bot API when a token is set, the sandbox
 * otherwise, and says which in the log.
 */
@Configuration(proxyBeanMethods = false)
class TelegramChannelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannelConfiguration.class);

    @Bean
    TelegramConnection telegramConnection(TelegramProperties telegram) {
        if (!telegram.hasToken()) {
            return new TelegramConnection(null);
        }
        return new TelegramConnection(new OkHttpTelegramClient(telegram.botToken(), url(telegram.apiUrl())));
    }

    @Bean
    ChannelSender telegramSender(TelegramConnection connection, TelegramProperties telegram) {
        return connection
                .client()
                .<ChannelSender>map(client -> {
                    log.info(
                            "Telegram channel: real, Bot API at {}, updates by {}", telegram.apiUrl(), telegram.mode());
                    return new TelegramSender(client, new SendLimiter(telegram.limits()), telegram.retry());
                })
                .orElseGet(() -> {
                    log.info("Telegram channel: sandbox, nothing leaves the machine"
                            + " (set vidguk.telegram.bot-token to send through Telegram)");
                    return new SandboxSender(Channel.TELEGRAM);
                });
    }

    @Bean
    StaffMessenger staffMessenger(TelegramConnection connection) {
        return connection
                .client()
                .<StaffMessenger>map(TelegramStaffMessenger::new)
                .orElseGet(UnconnectedStaffMessenger::new);
    }

    /** The library takes scheme, host and port only; a path in the address would be ignored. */
    static TelegramUrl url(URI apiUrl) {
        String scheme = apiUrl.getScheme();
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "http".equals(scheme) ? 80 : 443;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }
}
