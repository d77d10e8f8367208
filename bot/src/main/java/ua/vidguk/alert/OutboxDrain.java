package ua.vidguk.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import ua.vidguk.alert.Outbox.Item;
import ua.vidguk.channel.Button;
import ua.vidguk.channel.StaffMessenger;
import ua.vidguk.channel.StaffPost;
import ua.vidguk.message.MessageName;

/**
 * Sends what waits for a chat, within the chat's budget. A backlog longer than {@code
 * fold-above} goes out as one summary message (at most {@link #MAX_FOLD} lines, so it stays far
 * below Telegram's 4,096 characters; the rest waits for the next one): every alert is still
 * shown, none is dropped; a summary or a digest among them is sent whole, in its turn. One drain per chat at a time in this instance; other instances are
 * kept apart by the claim on each item. What Telegram does not take is left to {@link ChatTrouble},
 * and the chats it then has to go to are drained at once.
 */
@Component
class OutboxDrain implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxDrain.class);
    static final int MAX_FOLD = 40;
    private static final int MAX_TURNS = 100;

    private final Outbox outbox;
    private final ChatBudget budget;
    private final Cases cases;
    private final StaffMessenger telegram;
    private final AlertTexts texts;
    private final CaseButtons caseButtons;
    private final ChatTrouble trouble;
    private final AlertProperties properties;
    private final Clock clock;
    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final ExecutorService kicks = Executors.newVirtualThreadPerTaskExecutor();

    OutboxDrain(
            Outbox outbox,
            ChatBudget budget,
            Cases cases,
            StaffMessenger telegram,
            AlertTexts texts,
            CaseButtons caseButtons,
            ChatTrouble trouble,
            AlertProperties properties,
            Clock clock) {
        this.outbox = outbox;
        this.budget = budget;
        this.cases = cases;
        this.telegram = telegram;
        this.texts = texts;
        this.caseButtons = caseButtons;
        this.trouble = trouble;
        this.properties = properties;
        this.clock = clock;
    }

    /** Drains the chat soon, off the caller's thread: the visitor's reply must not wait for Telegram. */
    void kick(long chatId) {
        kicks.execute(() -> {
            try {
                drain(chatId);
            } catch (RuntimeException e) {
                log.error("Staff chat {}: sending failed; the next sweep retries", chatId, e);
            }
        });
    }

    void drainAll() {
        outbox.chats().forEach(this::drain);
    }

    void drain(long chatId) {
        ReentrantLock lock = locks.computeIfAbsent(chatId, id -> new ReentrantLock());
        lock.lock();
        try {
            // Bounded: an item that cannot be claimed (another instance has it) still costs a turn.
            for (int turn = 0; turn < MAX_TURNS; turn++) {
                List<Item> ready = outbox.ready(chatId, clock.instant());
                if (ready.isEmpty() || !budget.take(chatId, clock.instant())) {
                    return;
                }
                if (ready.size() > properties.foldAbove() && ready.getFirst().foldable()) {
                    fold(
                            chatId,
                            ready.stream()
                                    .filter(Item::foldable)
                                    .limit(MAX_FOLD)
                                    .toList());
                } else {
                    send(ready.getFirst());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void send(Item item) {
        Instant now = clock.instant();
        if (!outbox.claim(item.id(), now)) {
            return;
        }
        List<Button> buttons = List.of();
        if (item.isAlert()) {
            var current = cases.find(item.caseId()).orElse(null);
            if (current == null || current.delivered()) {
                outbox.remove(item.id()); // queued twice by a race, or its case is gone: never post twice
                return;
            }
            buttons = caseButtons.buttons(current);
        }
        StaffPost answer = telegram.post(item.chatId(), item.text(), buttons);
        if (answer instanceof StaffPost.Sent sent) {
            if (item.isAlert()) {
                cases.delivered(item.caseId(), item.chatId(), sent.messageId(), item.scope(), item.text(), false, now);
            }
            outbox.remove(item.id());
        } else {
            trouble.after(item.chatId(), List.of(item), answer).forEach(this::kick);
        }
    }

    private void fold(long chatId, List<Item> backlog) {
        Instant now = clock.instant();
        List<Item> claimed = new ArrayList<>();
        for (Item item : backlog) {
            if (outbox.claim(item.id(), now)) {
                claimed.add(item);
            }
        }
        if (claimed.isEmpty()) {
            return;
        }
        List<Map<String, String>> lines = new ArrayList<>();
        List<Button> buttons = new ArrayList<>();
        for (Item item : claimed) {
            String number = Integer.toString(lines.size() + 1);
            lines.add(Map.of("number", number, "line", item.line()));
            // Each folded alert keeps its buttons, numbered as its line: staff act on it here too.
            if (item.isAlert()) {
                cases.find(item.caseId()).map(caseButtons::buttons).orElse(List.of()).stream()
                        .map(button -> new Button(number + " · " + button.label(), button.payload()))
                        .forEach(buttons::add);
            }
        }
        String text = texts.render(
                MessageName.STAFF_FOLDED, Map.of("count", Integer.toString(claimed.size()), "items", lines));
        StaffPost answer = telegram.post(chatId, text, buttons);
        if (answer instanceof StaffPost.Sent sent) {
            claimed.forEach(item -> {
                if (item.isAlert()) {
                    cases.delivered(item.caseId(), chatId, sent.messageId(), item.scope(), item.text(), true, now);
                }
                outbox.remove(item.id());
            });
        } else {
            trouble.after(chatId, claimed, answer).forEach(this::kick);
        }
    }

    @Override
    public void destroy() {
        kicks.shutdown();
    }
}
