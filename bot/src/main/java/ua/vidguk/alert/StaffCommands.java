package ua.vidguk.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.StaffChatMessageReceived;
import ua.vidguk.channel.StaffMessenger;
import ua.vidguk.message.MessageName;

/**
 * {@code /link <code>}, {@code /unlink} and {@code /stats} in a group. Only an administrator
 * (asked of Telegram each time) may link or unlink, and that is checked before the code is
 * claimed, so a member's attempt does not use it up. A chat's figures are of its own scopes only.
 */
@Component
class StaffCommands {

    private final LinkCodes codes;
    private final StaffChats chats;
    private final StaffMessenger telegram;
    private final AlertTexts texts;
    private final StaffStats stats;
    private final CaseSweep sweep;
    private final OpenCounts counts;

    StaffCommands(
            LinkCodes codes,
            StaffChats chats,
            StaffMessenger telegram,
            AlertTexts texts,
            StaffStats stats,
            CaseSweep sweep,
            OpenCounts counts) {
        this.codes = codes;
        this.chats = chats;
        this.telegram = telegram;
        this.texts = texts;
        this.stats = stats;
        this.sweep = sweep;
        this.counts = counts;
    }

    @EventListener
    void on(StaffChatMessageReceived message) {
        String[] words = message.text().strip().split("\\s+", 2);
        String command = words[0].toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        String argument = words.length > 1 ? words[1].strip() : "";
        switch (command) {
            case "/link" -> link(message, argument);
            case "/unlink" -> unlink(message);
            case "/stats" -> stats(message);
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
                    reply(message, MessageName.STAFF_LINKED, Map.of("scope", texts.scope(linked.scope())));
                    sweep.routeWaiting(); // alerts that waited for a chat go out now
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
                        String.join(", ", scopes.stream().map(texts::scope).toList())));
    }

    private void stats(StaffChatMessageReceived message) {
        List<Scope> scopes = chats.scopesOf(message.chatId());
        var items = scopes.stream()
                .map(scope -> {
                    var week = stats.last(scope, 7);
                    var month = stats.last(scope, 30);
                    Map<String, String> item = new LinkedHashMap<>();
                    item.put("scope", texts.scope(scope));
                    item.put("answers7", Long.toString(week.answers()));
                    item.put("satisfaction7", Long.toString(week.satisfactionPercent()));
                    item.put("answers30", Long.toString(month.answers()));
                    item.put("satisfaction30", Long.toString(month.satisfactionPercent()));
                    item.put("open", Long.toString(counts.of(scope)));
                    return item;
                })
                .toList();
        reply(message, MessageName.STAFF_STATS, Map.of("none", scopes.isEmpty(), "items", items));
    }

    private void reply(StaffChatMessageReceived message, MessageName name, Map<String, ?> values) {
        telegram.post(message.chatId(), texts.render(name, values), List.of());
    }
}
