package ua.vidguk.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
 * Staff chats through the Bot API. A 429 is handed back with Telegram's {@code retry_after}; a 400
 * with {@code migrate_to_chat_id} (the group became a supergroup) with the new id; a 403, or a
 * 400 saying the chat is gone or closed to the bot, as an unusable chat; other 4xx are refusals of
 * the message; 5xx and failed connections are worth another try later.
 */
final class TelegramStaffMessenger implements StaffMessenger {

    private static final Logger log = LoggerFactory.getLogger(TelegramStaffMessenger.class);
    /** Telegram's limit for a message's text, in UTF-16 code units (as it counts entity offsets). */
    static final int MAX_TEXT = 4_096;
    /** How a 400 says the bot can no longer write to the chat, in Telegram's (lower-cased) words. */
    private static final List<String> GONE = List.of(
            "chat not found",
            "bot was kicked",
            "bot is not a member",
            "chat was deactivated",
            "chat was deleted",
            "not enough rights to send",
            "have no rights to send");

    private final TelegramClient client;

    TelegramStaffMessenger(TelegramClient client) {
        this.client = client;
    }

    @Override
    public StaffPost post(long chatId, String text, List<Button> buttons) {
        return send(SendMessage.builder()
                .chatId(chatId)
                .text(fit(chatId, text))
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
    public StaffPost edit(long chatId, int messageId, String text, List<Button> buttons) {
        try {
            client.execute(EditMessageText.builder()
                    .chatId(chatId)
                    .messageId(messageId)
                    .text(fit(chatId, text))
                    .replyMarkup(keyboard(buttons))
                    .build());
            return new StaffPost.Sent(messageId);
        } catch (TelegramApiRequestException e) {
            return failure(e);
        } catch (TelegramApiException e) {
            return new StaffPost.Later(Duration.ofSeconds(5), String.valueOf(e.getMessage()));
        }
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
            return failure(e);
        } catch (TelegramApiException e) {
            return new StaffPost.Later(Duration.ofSeconds(5), String.valueOf(e.getMessage()));
        }
    }

    private static StaffPost failure(TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String description = String.valueOf(e.getApiResponse());
        String reason = code + " " + description;
        var parameters = e.getParameters();
        if (parameters != null && parameters.getMigrateToChatId() != null) {
            return new StaffPost.Moved(parameters.getMigrateToChatId());
        }
        if (code == 429) {
            Integer seconds = parameters == null ? null : parameters.getRetryAfter();
            return new StaffPost.Later(Duration.ofSeconds(seconds == null ? 1 : seconds), reason);
        }
        String lower = description.toLowerCase(Locale.ROOT);
        if (code == 403 || (code == 400 && GONE.stream().anyMatch(lower::contains))) {
            return new StaffPost.Unusable(reason);
        }
        if (code >= 400 && code < 500) {
            return new StaffPost.Refused(reason);
        }
        return new StaffPost.Later(Duration.ofSeconds(5), reason);
    }

    /**
     * The last resort against "message is too long": what the alert feature composes stays well
     * within the limit, but a text that does not is cut here rather than refused.
     */
    private static String fit(long chatId, String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split an emoji
        }
        log.warn("A message to staff chat {} had {} characters; cut to Telegram's {}", chatId, text.length(), MAX_TEXT);
        return text.substring(0, end) + "…";
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
