package ua.vidguk.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ua.vidguk.alert.Outbox.Item;
import ua.vidguk.channel.StaffPost;
import ua.vidguk.stafflink.Scope;
import ua.vidguk.stafflink.StaffLinks;

/**
 * What happens to queued messages that a chat did not take. A group upgraded to a supergroup is
 * followed: its links and everything waiting for it move to the new id. A chat the bot can no
 * longer write to is marked unusable, and everything waiting for it goes up the chain (the
 * region's chat, then the ministry's). Any other failure is tried again as Telegram asks, but only
 * {@code delivery-attempts} times in one chat: then the case records it, the log says so with the
 * case's id, and the message goes up the chain too. Nothing is retried forever in silence.
 */
@Component
class ChatTrouble {

    private static final Logger log = LoggerFactory.getLogger(ChatTrouble.class);
    /** How long a message with no chat left to try waits between its further attempts. */
    static final Duration AFTER_GIVING_UP = Duration.ofHours(1);
    /** Telegram refused the message itself: trying again at once would fare no better. */
    private static final Duration AFTER_REFUSAL = Duration.ofMinutes(1);

    private final StaffLinks links;
    private final Outbox outbox;
    private final Cases cases;
    private final Router router;
    private final AlertProperties properties;
    private final Clock clock;

    ChatTrouble(StaffLinks links, Outbox outbox, Cases cases, Router router, AlertProperties properties, Clock clock) {
        this.links = links;
        this.outbox = outbox;
        this.cases = cases;
        this.router = router;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Handles what Telegram answered instead of taking the items (one message, or a summary of
     * several) sent to the chat.
     *
     * @return the chats that now have these items to send, to be drained at once
     */
    Set<Long> after(long chatId, List<Item> items, StaffPost answer) {
        Instant now = clock.instant();
        Set<Long> next = new LinkedHashSet<>();
        switch (answer) {
            case StaffPost.Sent sent -> throw new IllegalArgumentException("Telegram took the message");
            case StaffPost.Moved moved -> next.add(moved(chatId, moved.chatId()));
            case StaffPost.Unusable unusable -> next.addAll(unusable(chatId, unusable.reason(), now));
            case StaffPost.Later later ->
                items.forEach(item -> retry(item, now.plus(later.after()), later.reason(), now)
                        .ifPresent(next::add));
            case StaffPost.Refused refused -> {
                log.warn("Staff chat {} refused a message ({}); it is tried again later", chatId, refused.reason());
                items.forEach(item -> retry(item, now.plus(AFTER_REFUSAL), refused.reason(), now)
                        .ifPresent(next::add));
            }
        }
        return next;
    }

    /** The group became a supergroup: its links and what waits for it follow. @return the new id */
    long moved(long from, long to) {
        var scopes = links.chatMoved(from, to).stream().map(Scope::key).toList();
        outbox.moveChat(from, to);
        log.info("Staff chat {} became supergroup {}; its links ({}) and waiting messages follow it", from, to, scopes);
        return to;
    }

    private Set<Long> unusable(long chatId, String reason, Instant now) {
        var scopes =
                links.chatUnusable(chatId, reason, now).stream().map(Scope::key).toList();
        if (!scopes.isEmpty()) {
            log.warn(
                    "Staff chat {} is unusable ({}); {} go to the next chat up until it is linked again",
                    chatId,
                    reason,
                    scopes);
        }
        Set<Long> next = new LinkedHashSet<>();
        for (Item item : outbox.waitingFor(chatId)) {
            if (item.caseId() != null) {
                cases.problem(
                        item.caseId(),
                        new DeliveryProblem(item.scope(), chatId, DeliveryProblem.Kind.CHAT_UNUSABLE, reason, now));
            }
            var to = router.redirect(item, PassedOver.UNUSABLE);
            if (to.isPresent()) {
                next.add(to.getAsLong());
            } else {
                drop(item, now);
            }
        }
        return next;
    }

    /** Counts the failed attempt; at the limit, records, logs and sends the item up the chain. */
    private OptionalLong retry(Item item, Instant notBefore, String reason, Instant now) {
        boolean givenUp = item.attempts() >= properties.deliveryAttempts();
        Item failed = outbox.failed(item.id(), givenUp ? now.plus(AFTER_GIVING_UP) : notBefore)
                .orElse(null);
        if (failed == null || failed.attempts() != properties.deliveryAttempts()) {
            log.debug("Staff chat {} did not take {} ({}); tried again later", item.chatId(), item.id(), reason);
            return OptionalLong.empty();
        }
        if (failed.caseId() != null) {
            cases.problem(
                    failed.caseId(),
                    new DeliveryProblem(failed.scope(), failed.chatId(), DeliveryProblem.Kind.GAVE_UP, reason, now));
        }
        var to = router.redirect(failed, PassedOver.FAILED);
        if (to.isPresent()) {
            log.error(
                    "Case {}: staff chat {} failed {} {} times ({}); sent to chat {} instead",
                    failed.caseId(),
                    failed.chatId(),
                    failed.id(),
                    failed.attempts(),
                    reason,
                    to.getAsLong());
        } else {
            log.error(
                    "Case {}: staff chat {} failed {} {} times ({}) and no chat above will take it; tried again every {}",
                    failed.caseId(),
                    failed.chatId(),
                    failed.id(),
                    failed.attempts(),
                    reason,
                    AFTER_GIVING_UP);
            outbox.failed(failed.id(), now.plus(AFTER_GIVING_UP));
        }
        return to;
    }

    /**
     * No chat above will take it. An alert's case waits, visibly undelivered, and is routed again
     * when a chat is linked; an escalation is unflagged, so the sweep queues it again once a chat
     * will take it; a daily summary is for its own chat only.
     */
    private void drop(Item item, Instant now) {
        outbox.remove(item.id());
        String escalation = item.escalation();
        if (escalation != null && item.caseId() != null) {
            cases.unescalate(item.caseId(), escalation, now);
        }
        log.warn("Case {}: {} waits for a chat that will take it", item.caseId(), item.id());
    }
}
