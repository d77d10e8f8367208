package ua.vidguk.channel.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What one sandbox channel carried, both ways, for every address (a phone number, a Viber user, a
 * Telegram chat, a staff group). Bounded: the oldest messages of the whole channel are dropped
 * first, so memory stays flat however long the sandbox runs, and a look-up scans at most {@code
 * capacity} entries.
 */
public final class Transcript {

    private record Entry(String address, SandboxMessage message) {}

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public Transcript(int capacity) {
        this.capacity = Math.max(capacity, 1);
    }

    public synchronized void add(String address, SandboxMessage message) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(address, message));
    }

    /** Changes a kept message in place (an edited Telegram message); false when it is no longer kept. */
    public synchronized boolean edit(String address, String id, UnaryOperator<SandboxMessage> change) {
        for (var iterator = entries.iterator(); iterator.hasNext(); ) {
            Entry entry = iterator.next();
            if (entry.address().equals(address) && entry.message().id().equals(id)) {
                SandboxMessage changed = change.apply(entry.message());
                // Deques cannot replace in place; an edit is rare, a copy of a few hundred entries is cheap.
                var copy = new ArrayDeque<Entry>(entries.size());
                entries.forEach(e -> copy.addLast(e == entry ? new Entry(address, changed) : e));
                entries.clear();
                entries.addAll(copy);
                return true;
            }
        }
        return false;
    }

    /** The messages of one address, oldest first. */
    public synchronized List<SandboxMessage> of(String address) {
        return entries.stream()
                .filter(entry -> entry.address().equals(address))
                .map(Entry::message)
                .toList();
    }

    public synchronized Optional<SandboxMessage> find(String address, String id) {
        return of(address).stream().filter(message -> message.id().equals(id)).findFirst();
    }

    /** Every address that has messages, the most recently active first. */
    public synchronized List<String> addresses() {
        return entries.reversed().stream().map(Entry::address).distinct().toList();
    }
}
