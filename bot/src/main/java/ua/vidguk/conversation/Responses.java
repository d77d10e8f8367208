package ua.vidguk.conversation;

import java.util.ArrayList;
import java.util.List;
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

    /** Hands every response matching the filter to {@code each}, in id order, one batch in memory. */
    public void forEach(ResponseFilter filter, Consumer<ResponseRow> each) {
        String last = "";
        List<ResponseRow> batch;
        do {
            batch = store.after(last, BATCH);
            for (ResponseRow row : batch) {
                if (filter.matches(row)) {
                    each.accept(row);
                }
            }
            if (!batch.isEmpty()) {
                last = batch.getLast().id();
            }
        } while (batch.size() == BATCH);
    }
}
