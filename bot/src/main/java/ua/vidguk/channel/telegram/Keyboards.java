package ua.vidguk.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import ua.vidguk.channel.Button;

/** Lays a message's buttons out as an inline keyboard, and finds a tapped button's label again. */
final class Keyboards {

    /** Short labels ("Так", "Ні") sit two to a row; longer ones get a row each, so they are not cut. */
    private static final int SHORT_LABEL = 12;

    /**
     * Answer buttons as an inline keyboard; a share-phone button as a reply keyboard with Telegram's
     * {@code request_contact} button (inline keyboards cannot ask for a contact).
     */
    static @Nullable ReplyKeyboard of(List<Button> buttons) {
        return buttons.stream().anyMatch(Button::sharesPhone) ? sharePhone(buttons) : inline(buttons);
    }

    private static ReplyKeyboard sharePhone(List<Button> buttons) {
        var row = new KeyboardRow();
        buttons.stream()
                .filter(Button::sharesPhone)
                .map(button -> KeyboardButton.builder()
                        .text(button.label())
                        .requestContact(true)
                        .build())
                .forEach(row::add);
        return ReplyKeyboardMarkup.builder()
                .keyboard(List.of(row))
                .oneTimeKeyboard(true)
                .resizeKeyboard(true)
                .build();
    }

    static @Nullable InlineKeyboardMarkup inline(List<Button> buttons) {
        if (buttons.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = new ArrayList<>();
        int perRow = isScale(buttons) ? buttons.size() : allShort(buttons) ? 2 : 1;
        for (int i = 0; i < buttons.size(); i += perRow) {
            var row = new InlineKeyboardRow();
            buttons.subList(i, Math.min(i + perRow, buttons.size())).forEach(button -> row.add(button(button)));
            rows.add(row);
        }
        return new InlineKeyboardMarkup(rows);
    }

    /** The label of the button with this callback data, as the tapped message showed it. */
    static Optional<String> label(@Nullable InlineKeyboardMarkup markup, String callbackData) {
        if (markup == null || markup.getKeyboard() == null) {
            return Optional.empty();
        }
        return markup.getKeyboard().stream()
                .flatMap(List::stream)
                .filter(button -> callbackData.equals(button.getCallbackData()))
                .map(InlineKeyboardButton::getText)
                .findFirst();
    }

    /** A rating scale reads left to right, so its buttons share one row. */
    private static boolean isScale(List<Button> buttons) {
        return buttons.size() <= 5
                && buttons.stream()
                        .allMatch(button -> Character.isDigit(button.label().charAt(0)));
    }

    private static boolean allShort(List<Button> buttons) {
        return buttons.stream().allMatch(button -> button.label().length() <= SHORT_LABEL);
    }

    private static InlineKeyboardButton button(Button button) {
        return InlineKeyboardButton.builder()
                .text(button.label())
                .callbackData(button.payload())
                .build();
    }

    private Keyboards() {}
}
