package ua.vidguk.channel.telegram;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import ua.vidguk.VidgukProperties;

/**
 * Makes updates arrive once the application is up: long polling (the library drops any webhook
 * first), or the webhook registered at {@code <public-base-url>/webhooks/telegram} with its secret.
 * Nothing in the sandbox.
 */
@Component
class TelegramUpdateSource implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateSource.class);

    private final TelegramProperties telegram;
    private final VidgukProperties vidguk;
    private final TelegramConnection connection;
    private final TelegramUpdates updates;
    private @Nullable TelegramBotsLongPollingApplication polling;

    TelegramUpdateSource(
            TelegramProperties telegram,
            VidgukProperties vidguk,
            TelegramConnection connection,
            TelegramUpdates updates) {
        this.telegram = telegram;
        this.vidguk = vidguk;
        this.connection = connection;
        this.updates = updates;
    }

    @Override
    public void start() {
        if (!telegram.hasToken()) {
            return;
        }
        try {
            if (telegram.mode() == TelegramProperties.Mode.POLLING) {
                poll();
            } else {
                registerWebhook();
            }
        } catch (TelegramApiException e) {
            // Telegram being unreachable must not keep the rest of the application (SMS, the API) down.
            log.error("Telegram: the {} set-up failed; no updates arrive until a restart", telegram.mode(), e);
        }
    }

    private void poll() throws TelegramApiException {
        var application = new TelegramBotsLongPollingApplication();
        LongPollingSingleThreadUpdateConsumer consumer = this::consume;
        application.registerBot(
                telegram.botToken(),
                () -> TelegramChannelConfiguration.url(telegram.apiUrl()),
                new DefaultGetUpdatesGenerator(),
                consumer);
        polling = application;
        log.info("Telegram: long polling started");
    }

    /** Polled updates have no one to answer an error to: a failure is logged, and the update is lost. */
    private void consume(Update update) {
        try {
            updates.handle(update);
        } catch (RuntimeException e) {
            log.error("Telegram update {} could not be handled", update.getUpdateId(), e);
        }
    }

    private void registerWebhook() throws TelegramApiException {
        if (vidguk.publicBaseUrl() == null || !telegram.hasWebhookSecret()) {
            log.warn("Telegram webhook mode without vidguk.public-base-url and vidguk.telegram.webhook-secret:"
                    + " the webhook is not registered, and calls to it are refused without the secret");
            return;
        }
        String url = vidguk.publicBaseUrl().toString().replaceAll("/+$", "") + TelegramWebhookController.PATH;
        var client = connection.client();
        client.execute(SetWebhook.builder()
                .url(url)
                .secretToken(telegram.webhookSecret())
                .build());
        log.info("Telegram: webhook registered at {}", url);
    }

    @Override
    public void stop() {
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                log.warn("Telegram long polling did not stop cleanly", e);
            }
            polling = null;
        }
    }

    @Override
    public boolean isRunning() {
        return polling != null;
    }
}
