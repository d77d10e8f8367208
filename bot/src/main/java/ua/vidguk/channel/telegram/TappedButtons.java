package ua.vidguk.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * What Telegram expects after a tap: the tap answered (else the button spins), and the tapped
 * message showing the choice without its keyboard, so old buttons cannot be tapped again. Both are
 * courtesy: a failure is logged, never thrown, since the answer itself is already taken.
 */
@Component
class TappedButtons {

    private static final Logger log = LoggerFactory.getLogger(TappedButtons.class);

    private final TelegramConnection connection;

    TappedButtons(TelegramConnection connection) {
        this.connection = connection;
    }

    void acknowledge(String callbackQueryId) {
        try {
            connection
                    .client()
                    .execute(AnswerCallbackQuery.builder()
                            .callbackQueryId(callbackQueryId)
                            .build());
        } catch (TelegramApiException e) {
            log.debug("Could not answer tap {}: {}", callbackQueryId, e.getMessage());
        }
    }

    void showChoice(Message tapped, String callbackData) {
        var label = Keyboards.label(tapped.getReplyMarkup(), callbackData);
        if (label.isEmpty() || tapped.getText() == null) {
            return;
        }
        try {
            connection
                    .client()
                    .execute(EditMessageText.builder()
                            .chatId(tapped.getChatId())
                            .messageId(tapped.getMessageId())
                            .text(tapped.getText() + "\n\n✅ " + label.get())
                            .build());
        } catch (TelegramApiException e) {
            log.debug("Could not mark the choice in message {}: {}", tapped.getMessageId(), e.getMessage());
        }
    }
}
