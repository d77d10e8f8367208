package ua.vidguk.channel.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * One message in a sandbox conversation, as the provider would show it.
 *
 * @param id the provider's id of the message (Telegram's message id, Viber's message token, the
 *     SMS sid), or the id of the simulated person's own message
 * @param fromPerson written or tapped by the simulated person, not by the bot
 * @param keyboard the buttons, row by row, as the channel lays them out; empty when none
 */
public record SandboxMessage(
        String id, boolean fromPerson, String text, List<List<SandboxButton>> keyboard, Instant at) {

    public SandboxMessage {
        keyboard = keyboard.stream().map(List::copyOf).toList();
    }

    public SandboxMessage edited(String newText, List<List<SandboxButton>> newKeyboard) {
        return new SandboxMessage(id, fromPerson, newText, newKeyboard, at);
    }
}
