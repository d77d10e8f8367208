package ua.vidguk.stafflink;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.StaffChatMessageReceived;
import ua.vidguk.channel.StaffMessenger;
import ua.vidguk.message.MessageName;
import ua.vidguk.message.Messages;

/**
 * {@code /link <code>} and {@code /unlink} in a group. Only an administrator (asked of Telegram
 * each time) may link or unlink, and that is checked before the code is claimed, so a member's
 * attempt does not use it up.
 */
@Component
class LinkCommands {

    private final LinkCodes codes;
    private final StaffChats chats;
    private final StaffMessenger telegram;
    private final Messages messages;
    private final ScopeNames names;
    private final ApplicationEventPublisher events;

    LinkCommands(
            LinkCodes codes,
            StaffChats chats,
            StaffMessenger telegram,
            Messages messages,
            ScopeNames names,
            ApplicationEventPublisher events) {
        this.codes = codes;
        this.chats = chats;
        this.telegram = telegram;
        this.messages = messages;
        this.names = names;
        this.events = events;
    }

    @EventListener
    void on(StaffChatMessageReceived message) {
        var command = ChatCommand.of(message.text());
        switch (command.name()) {
            case "/link" -> link(message, command.argument());
            case "/unlink" -> unlink(message);
            default -> {}
        }
    }

    private void link(StaffChatMessageReceived message, String code) {
        if (code.isEmpty()) {
            reply(message, MessageName.STAFF_LINK_REFUSED, Map.of("noCode", true));
        } else if (!telegram.isAdministrator(message.chatId(), message.userId())) {
            reply(message, MessageName.STAFF_LINK_REFUSED, Map.of("notAdmin", true));
        } else {
            switch (codes.claim(code, message.chatId())) {
                case LinkCodes.Claim.Linked linked -> {
                    chats.link(linked.scope(), message.chatId(), message.receivedAt());
                    reply(message, MessageName.STAFF_LINKED, Map.of("scope", names.of(linked.scope())));
                    // After the confirmation, so that alerts that waited for a chat arrive below it.
                    events.publishEvent(new StaffChatLinked(linked.scope(), message.chatId(), message.receivedAt()));
                }
                case LinkCodes.Claim.Refused refused ->
                    reply(
                            message,
                            MessageName.STAFF_LINK_REFUSED,
                            Map.of(refused.reason().name().toLowerCase(Locale.ROOT), true));
            }
        }
    }

    private void unlink(StaffChatMessageReceived message) {
        if (!telegram.isAdministrator(message.chatId(), message.userId())) {
            reply(message, MessageName.STAFF_LINK_REFUSED, Map.of("notAdmin", true));
            return;
        }
        List<Scope> scopes = chats.unlink(message.chatId());
        reply(
                message,
                MessageName.STAFF_UNLINKED,
                Map.of(
                        "none",
                        scopes.isEmpty(),
                        "scopes",
                        String.join(", ", scopes.stream().map(names::of).toList())));
    }

    private void reply(StaffChatMessageReceived message, MessageName name, Map<String, ?> values) {
        telegram.post(message.chatId(), messages.render(name, ScopeNames.LOCALE, values), List.of());
    }
}
