package ua.vidguk.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ua.vidguk.channel.StaffChatMessageReceived;
import ua.vidguk.channel.StaffMessenger;
import ua.vidguk.message.MessageName;
import ua.vidguk.stafflink.ChatCommand;
import ua.vidguk.stafflink.Scope;
import ua.vidguk.stafflink.StaffLinks;

/**
 * {@code /stats} in a group: the last 7 and 30 days and the open cases of each scope the chat
 * serves, and of its own scopes only. Anyone in the group may ask. A group serving many centres
 * gets its figures in as many messages as Telegram's 4,096 characters need, a whole scope in each.
 * ({@code /link} and {@code /unlink} belong to the staff-link feature.)
 */
@Component
class StatsCommand {

    private static final int MAX_TEXT = 4_096;

    private final StaffLinks links;
    private final StaffMessenger telegram;
    private final AlertTexts texts;
    private final StaffStats stats;
    private final OpenCounts counts;

    StatsCommand(StaffLinks links, StaffMessenger telegram, AlertTexts texts, StaffStats stats, OpenCounts counts) {
        this.links = links;
        this.telegram = telegram;
        this.texts = texts;
        this.stats = stats;
        this.counts = counts;
    }

    @EventListener
    void on(StaffChatMessageReceived message) {
        if (ChatCommand.of(message.text()).name().equals("/stats")) {
            stats(message);
        }
    }

    private void stats(StaffChatMessageReceived message) {
        List<Scope> scopes = links.scopesOf(message.chatId());
        var items = scopes.stream()
                .map(scope -> {
                    var week = stats.last(scope, 7);
                    var month = stats.last(scope, 30);
                    Map<String, String> item = new LinkedHashMap<>();
                    item.put("scope", texts.scope(scope));
                    item.put("answers7", Long.toString(week.answers()));
                    item.put("satisfaction7", Long.toString(week.satisfactionPercent()));
                    item.put("positive7", Long.toString(week.positive()));
                    item.put("answers30", Long.toString(month.answers()));
                    item.put("satisfaction30", Long.toString(month.satisfactionPercent()));
                    item.put("positive30", Long.toString(month.positive()));
                    item.put("open", Long.toString(counts.of(scope)));
                    return item;
                })
                .toList();
        List<Map<String, String>> page = new ArrayList<>();
        for (var item : items) {
            page.add(item);
            if (page.size() > 1 && render(page).length() > MAX_TEXT) {
                page.removeLast();
                telegram.post(message.chatId(), render(page), List.of());
                page = new ArrayList<>(List.of(item));
            }
        }
        telegram.post(message.chatId(), render(page), List.of());
    }

    private String render(List<Map<String, String>> items) {
        return texts.render(MessageName.STAFF_STATS, Map.of("none", items.isEmpty(), "items", items));
    }
}
