package ua.vidguk.channel.telegram;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps sends within Telegram's limits: a token bucket for all chats (bursts up to one second's
 * worth) and a minimum interval per chat. A caller reserves its turn under the lock and waits
 * outside it, so one slow chat does not hold up the others.
 */
final class SendLimiter {

    private static final int PRUNE_ABOVE = 10_000;

    private final double perNano;
    private final double capacity;
    private final long chatIntervalNanos;
    private final Map<Long, Long> nextPerChat = new HashMap<>();
    private double tokens;
    private long refilledAt = System.nanoTime();

    SendLimiter(TelegramProperties.Limits limits) {
        this.capacity = Math.max(limits.messagesPerSecond(), 1);
        this.perNano = capacity / 1e9;
        this.chatIntervalNanos = limits.perChatInterval().toNanos();
        this.tokens = capacity;
    }

    /** Waits until a message to this chat may go. */
    void acquire(long chatId) throws InterruptedException {
        long wait = reserve(chatId, System.nanoTime());
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }

    /** Takes the next free turn for the chat and says how long to wait for it, in nanoseconds. */
    synchronized long reserve(long chatId, long now) {
        tokens = Math.min(capacity, tokens + Math.max(0, now - refilledAt) * perNano);
        refilledAt = Math.max(refilledAt, now);
        long chatTurn = Math.max(now, nextPerChat.getOrDefault(chatId, now));
        // Tokens may go negative: each waiting caller holds one, and refills pay them back in order.
        tokens -= 1;
        long globalTurn = tokens >= 0 ? now : now + (long) (-tokens / perNano);
        long turn = Math.max(chatTurn, globalTurn);
        if (nextPerChat.size() > PRUNE_ABOVE) {
            nextPerChat.values().removeIf(next -> next < now);
        }
        nextPerChat.put(chatId, turn + chatIntervalNanos);
        return turn - now;
    }
}
