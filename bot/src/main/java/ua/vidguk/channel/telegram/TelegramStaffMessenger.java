package ua.vidguk.channel.telegram;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.StaffMessenger;
import ua.vidguk.channel.StaffPost;

/**
 * Staff chats through the Bot API. A 429 is handed back with Telegram's {@code retry_after}; other
 * 4xx (the bot was removed, the chat is gone) are refusals; 5xx and failed connections are worth
 * another try later.
 */
final class TelegramStaffMessenger implements StaffMessenger {

    private static final Logger log = LoggerFactory.getLogger(TelegramStaffMessenger.class);

    private final TelegramClient client;

    TelegramStaffMessenger(TelegramClient client) {
        this.client = client;
    }

    @Override
    public StaffPost post(long chatId, String text, List<Button> buttons) {
        return send(SendMessage.builder()
                .chatId(chatId)
                .text(text)
                .replyMarkup(buttons.isEmpty() ? null : keyboard(buttons))
                .build());
    }

    @Override
    public StaffPost askForReply(long chatId, int replyTo, String text, long userId, String userName) {
        var request = SendMessage.builder()
                .chatId(chatId)
                .text(text)
                .replyToMessageId(replyTo)
                // Selective: only the member mentioned gets the reply field, not the whole group.
                .replyMarkup(ForceReplyKeyboard.builder()
                        .forceReply(true)
                        .selective(true)
                        .build());
        int at = text.indexOf(userName);
        if (at >= 0) {
            request.entities(List.of(MessageEntity.builder()
                    .type("text_mention")
                    .offset(at)
                    .length(userName.length())
                    .user(new User(userId, userName, false))
                    .build()));
        }
        return send(request.build());
    }

    @Override
    public void edit(long chatId, int messageId, String text, List<Button> buttons) {
        execute(
                "edit",
                () -> client.execute(EditMessageText.builder()
                        .chatId(chatId)
                        .messageId(messageId)
                        .text(text)
                        .replyMarkup(keyboard(buttons))
                        .build()));
    }

    @Override
    public void answer(String callbackQueryId, String text) {
        execute(
                "answer",
                () -> client.execute(AnswerCallbackQuery.builder()
                        .callbackQueryId(callbackQueryId)
                        .text(text)
                        .build()));
    }

    @Override
    public boolean isAdministrator(long chatId, long userId) {
        try {
            String status = client.execute(GetChatMember.builder()
                            .chatId(chatId)
                            .userId(userId)
                            .build())
                    .getStatus();
            return "creator".equals(status) || "administrator".equals(status);
        } catch (TelegramApiException e) {
            log.warn("Could not ask Telegram who administers chat {}: {}", chatId, e.getMessage());
            return false;
        }
    }

    private StaffPost send(SendMessage request) {
        try {
            return new StaffPost.Sent(client.execute(request).getMessageId());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && code == 429) {
                Integer seconds =
                        e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                return new StaffPost.Later(Duration.ofSeconds(seconds == null ? 1 : seconds), "429");
            }
            if (code != null && code >= 400 && code < 500) {
                return new StaffPost.Refused(code + " " + e.getApiResponse());
            }
            return new StaffPost.Later(Duration.ofSeconds(5), String.valueOf(e.getApiResponse()));
        } catch (TelegramApiException e) {
            return new StaffPost.Later(Duration.ofSeconds(5), String.valueOf(e.getMessage()));
        }
    }

    private void execute(String what, TelegramCall call) {
        try {
            call.run();
        } catch (TelegramApiException e) {
            log.debug("Telegram: {} failed: {}", what, e.getMessage());
        }
    }

    private static InlineKeyboardMarkup keyboard(List<Button> buttons) {
        if (buttons.isEmpty()) {
            return InlineKeyboardMarkup.builder().keyboard(List.of()).build();
        }
        // Two a row: one alert's pair side by side, a summary's pairs one alert a row.
        List<InlineKeyboardRow> rows = new java.util.ArrayList<>();
        for (int first = 0; first < buttons.size(); first += 2) {
            var row = new InlineKeyboardRow();
            buttons.subList(first, Math.min(first + 2, buttons.size()))
                    .forEach(button -> row.add(InlineKeyboardButton.builder()
                            .text(button.label())
                            .callbackData(button.payload())
                            .build()));
            rows.add(row);
        }
        return new InlineKeyboardMarkup(rows);
    }

    @FunctionalInterface
    private interface TelegramCall {
        void run() throws TelegramApiException;
    }
}
