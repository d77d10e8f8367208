package ua.vidguk.stafflink;

import java.util.Locale;

/**
 * A command as typed in a staff chat, {@code /name[@bot] [argument]}: the name lower-cased and
 * without the bot's username (Telegram adds it when a command is picked from the menu), so that
 * each feature reads its own commands the same way.
 *
 * @param name such as {@code /link}; the first word whatever it is
 * @param argument the rest, stripped; empty when there is none
 */
public record ChatCommand(String name, String argument) {

    public static ChatCommand of(String text) {
        String[] words = text.strip().split("\\s+", 2);
        return new ChatCommand(
                words[0].toLowerCase(Locale.ROOT).replaceFirst("@.*$", ""), words.length > 1 ? words[1].strip() : "");
    }
}
