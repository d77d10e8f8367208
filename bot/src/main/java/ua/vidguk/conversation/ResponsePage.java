package ua.vidguk.conversation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Responses in {@code _id} order and where to go on from.
 *
 * @param next the id to read after for the next page; null once the end was reached. A page may
 *     hold fewer items than asked (even none) and still have a next: a page reads a bounded number
 *     of responses, so a filter that matches few of them returns what it found so far
 */
public record ResponsePage(
        List<ResponseRow> items, @Nullable String next) {

    public ResponsePage {
        items = List.copyOf(items);
    }
}
