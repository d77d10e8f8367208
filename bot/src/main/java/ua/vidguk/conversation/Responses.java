package ua.vidguk.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reads the responses of finished conversations, for reports and exports, without the visitor's
 * contact. Responses come in the order of their ids (random tokens: an order that is stable and
 * complete, not a chronological one), read a batch at a time by {@code _id} range, so reading them
 * all holds one batch in memory and every batch costs the same however large the collection is.
 */
@Service
public class Responses {

    /** How many responses one read of the database takes. */
    static final int BATCH = 1_000;

    /** How many responses one page reads at most before it answers with what it found. */
    static final int PAGE_READS = 50_000;

    private final ResponseStore store;

    Responses(ResponseStore store) {
        this.store = store;
    }

    /**
     * Up to {@code limit} responses matching the filter whose id comes after {@code after}.
     *
     * @param after the previous page's {@code next}, or null for the first page
     */
    public ResponsePage page(ResponseFilter filter, @Nullable String after, int limit) {
        List<ResponseRow> items = new ArrayList<>(Math.min(limit, BATCH));
        String last = after == null ? "" : after;
        int read = 0;
        while (true) {
            List<ResponseRow> batch = store.after(last, BATCH);
            for (int i = 0; i < batch.size(); i++) {
                ResponseRow row = batch.get(i);
                last = row.id();
                if (filter.matches(row)) {
                    items.add(row);
                    if (items.size() == limit) {
                        boolean endReached = batch.size() < BATCH && i == batch.size() - 1;
                        return new ResponsePage(items, endReached ? null : last);
                    }
                }
            }
            read += batch.size();
            if (batch.size() < BATCH) {
                return new ResponsePage(items, null);
            }
            if (read >= PAGE_READS) {
                return new ResponsePage(items, last);
            }
        }
    }

    /**
     * Hands every response matching the filter to {@code each}, in id order, with at most two
     * batches in memory: the next batch is read while {@code each} handles this one, so that the
     * database's work and the caller's (writing a CSV to a client) overlap rather than take turns.
     */
    public void forEach(ResponseFilter filter, Consumer<ResponseRow> each) {
        try (var reader = Executors.newVirtualThreadPerTaskExecutor()) {
            @Nullable Future<List<ResponseRow>> next = reader.submit(() -> store.after("", BATCH));
            while (next != null) {
                List<ResponseRow> batch = next.get();
                String last = batch.isEmpty() ? "" : batch.getLast().id();
                next = batch.size() == BATCH ? reader.submit(() -> store.after(last, BATCH)) : null;
                for (ResponseRow row : batch) {
                    if (filter.matches(row)) {
                        each.accept(row);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading responses", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new IllegalStateException("Reading responses failed", e.getCause());
        }
    }
}
