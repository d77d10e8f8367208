package ua.vidguk.channel.telegram;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import ua.vidguk.channel.Button;

/**
 * The Bot API as staff chats need it: post, edit, answer a button, ask for a reply, check who is
 * an administrator. No limiter here: the caller paces each group (20 messages a minute), and a
 * 429 comes back as {@link StaffPost.Later} instead of holding a thread.
 */
@Component
public class StaffTelegram {

    private static final Logger log = LoggerFactory.getLogger(StaffTelegram.class);
    private static final Duration NOT_CONNECTED_RETRY = Duration.ofMinutes(1);

    private final TelegramConnection connection;

    StaffTelegram(TelegramConnection connection) {
        this.connection = connection;
    }

    /** Whether a bot token is set: without one nothing reaches a staff chat. */
    public boolean connected() {
        return connection.client().isPresent();
    }

    /** Posts a message with its buttons in one row. */
    public StaffPost post(long chatId, String text, List<Button> buttons) {
        return send(SendMessage.builder()
                .chatId(chatId)
                .text(text)
                .replyMarkup(buttons.isEmpty() ? null : keyboard(buttons))
                .build());
    }

    /** Asks for an answer in reply to a message: the member's app opens a reply to this one. */
    public StaffPost askForReply(long chatId, int replyTo, String text) {
        return send(SendMessage.builder()
                .chatId(chatId)
                .text(text)
                .replyToMessageId(replyTo)
                .replyMarkup(ForceReplyKeyboard.builder()
                        .forceReply(true)
                        .selective(true)
                        .build())
                .build());
    }

    /** Replaces a posted message's text and buttons; a failure is logged, the state is kept anyway. */
    public void edit(long chatId, int messageId, String text, List<Button> buttons) {
        execute(
                "edit",
                () -> connection
                        .client()
                        .orElseThrow()
                        .execute(EditMessageText.builder()
                                .chatId(chatId)
                                .messageId(messageId)
                                .text(text)
                                .replyMarkup(keyboard(buttons))
                                .build()));
    }

    /** Answers a pressed button with a short notice that the member sees at once. */
    public void answer(String callbackQueryId, String text) {
        execute(
                "answer",
                () -> connection
                        .client()
                        .orElseThrow()
                        .execute(AnswerCallbackQuery.builder()
                                .callbackQueryId(callbackQueryId)
                                .text(text)
                                .build()));
    }

    /** Whether the user owns or administers the chat; false when Telegram cannot say. */
    public boolean isAdministrator(long chatId, long userId) {
        var client = connection.client();
        if (client.isEmpty()) {
            return false;
        }
        try {
            String status = client.get()
                    .execute(GetChatMember.builder()
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
        var client = connection.client();
        if (client.isEmpty()) {
            return new StaffPost.Later(NOT_CONNECTED_RETRY, "no bot token");
        }
        try {
            return new StaffPost.Sent(client.get().execute(request).getMessageId());
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
        if (!connected()) {
            return;
        }
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
        var row = new InlineKeyboardRow();
        buttons.forEach(button -> row.add(InlineKeyboardButton.builder()
                .text(button.label())
                .callbackData(button.payload())
                .build()));
        return new InlineKeyboardMarkup(List.of(row));
    }

    @FunctionalInterface
    private interface TelegramCall {
        void run() throws TelegramApiException;
    }
}
