package ua.vidguk.channel.telegram;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.ChannelSender;
import ua.vidguk.channel.OutboundMessage;
import ua.vidguk.channel.SendResult;

/**
 * Sends messages to Telegram chats with their buttons as an inline keyboard. A chat that blocked
 * the bot (403) is reported as opted out; 429 waits as long as Telegram asks, 5xx and failed
 * connections back off; other refusals are permanent.
 */
final class TelegramSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

    private final TelegramClient client;
    private final SendLimiter limiter;
    private final TelegramProperties.Retry retry;

    TelegramSender(TelegramClient client, SendLimiter limiter, TelegramProperties.Retry retry) {
        this.client = client;
        this.limiter = limiter;
        this.retry = retry;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        long chatId = Long.parseLong(message.to().id());
        var request = SendMessage.builder()
                .chatId(chatId)
                .text(message.text())
                .replyMarkup(Keyboards.of(message.buttons()))
                .build();
        Duration backOff = retry.delay();
        for (int attempt = 0; ; attempt++) {
            @Nullable Duration wait;
            SendResult.Refused refused;
            try {
                limiter.acquire(chatId);
                var sent = client.execute(request);
                return new SendResult.Accepted(chatId + ":" + sent.getMessageId());
            } catch (TelegramApiRequestException e) {
                // No code (0 or null): the answer was not the API's JSON, e.g. a proxy's 502 page.
                Integer code = e.getErrorCode() == null || e.getErrorCode() == 0 ? null : e.getErrorCode();
                refused = new SendResult.Refused(
                        code == null ? "unreadable" : code.toString(),
                        String.valueOf(e.getApiResponse()),
                        code != null && code != 429 && code < 500,
                        code != null && code == 403);
                wait = code == null || code >= 500 ? backOff : code == 429 ? retryAfter(e) : null;
            } catch (TelegramApiException e) {
                refused = new SendResult.Refused("connection", e.getMessage(), false, false);
                wait = backOff;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new SendResult.Refused("interrupted", "The send was interrupted", false, false);
            }
            if (wait == null || attempt >= retry.maxRetries()) {
                log.warn(
                        "Telegram refused message {} to {}: {} {}",
                        message.id(),
                        message.to(),
                        refused.code(),
                        refused.reason());
                return refused;
            }
            if (!sleep(wait)) {
                return refused;
            }
            backOff = Duration.ofMillis((long) (backOff.toMillis() * retry.multiplier()));
        }
    }

    /** The wait Telegram asks for, or null when it is too long to hold a thread for. */
    private @Nullable Duration retryAfter(TelegramApiRequestException e) {
        Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        Duration wait = Duration.ofSeconds(seconds == null ? 1 : seconds);
        return wait.compareTo(retry.maxRetryAfter()) > 0 ? null : wait;
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
