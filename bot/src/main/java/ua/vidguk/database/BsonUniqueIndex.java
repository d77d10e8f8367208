package ua.vidguk.database;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.jspecify.annotations.Nullable;

/**
 * mongo-java-server's H2 unique index over a map whose keys are {@link KeyValueType}, which also
 * answers guarded lookups ({@code {_id: "x", version: 3}}) and range queries on a single field ({@code {_id: {$lt: "…"}}}) by walking the sorted map
 * from the lower bound to the upper one. The library's index takes only equality and {@code $in},
 * so any range scanned the whole collection: a queue keyed by due time could not find what is due
 * without reading everything that waits. The library still checks every document the index hands
 * it against the query, so MongoDB's rules (a string bound matches only strings) hold.
 */
final class BsonUniqueIndex extends AbstractUniqueIndex<Object> {

    private static final Set<String> RANGE = Set.of("$gt", "$gte", "$lt", "$lte");

    private final MVMap<KeyValue, Object> positions;

    BsonUniqueIndex(MVMap<KeyValue, Object> positions, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.positions = positions;
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return range(query) != null || super.canHandle(query) || guarded(query) != null;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        Document one = guarded(query);
        if (one != null) {
            return super.getPositions(one);
        }
        Document range = range(query);
        if (range == null) {
            return super.getPositions(query);
        }
        Object lower = range.containsKey("$gt") ? range.get("$gt") : range.get("$gte");
        Object upper = range.containsKey("$lt") ? range.get("$lt") : range.get("$lte");
        KeyValue from = lower == null ? null : new KeyValue(lower).normalized();
        KeyValue to = upper == null ? null : new KeyValue(upper).normalized();
        boolean fromExclusive = range.containsKey("$gt");
        boolean toExclusive = range.containsKey("$lt");
        // Lazy, in key order: a query with a limit reads only what it returns (see CopyingH2Collection).
        return () -> new Iterator<>() {
            private final Cursor<KeyValue, Object> cursor = positions.cursor(from);
            private @Nullable Object next = advance();

            private @Nullable Object advance() {
                while (cursor.hasNext()) {
                    KeyValue key = cursor.next();
                    if (to != null) {
                        int order = KeyValueType.INSTANCE.compare(key, to);
                        if (order > 0 || (order == 0 && toExclusive)) {
                            return null;
                        }
                    }
                    if (from != null && fromExclusive && KeyValueType.INSTANCE.compare(key, from) == 0) {
                        continue;
                    }
                    return cursor.getValue();
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Object next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Object current = next;
                next = advance();
                return current;
            }
        };
    }

    /** Whether the query is a range this index walks in key order. */
    boolean walksInOrder(Document query) {
        return range(query) != null;
    }

    /**
     * For a query that names this index's one field exactly and guards other fields beside it
     * ({@code {_id: "x", version: 3}}, every optimistic update's shape), that field alone: at most
     * one document can match, and the library checks the guards on it. The library's index takes
     * only queries on exactly its fields, so these scanned the whole collection.
     */
    private @Nullable Document guarded(Document query) {
        if (keys().size() != 1 || query.size() < 2) {
            return null;
        }
        String key = keys().getFirst();
        Object value = query.get(key);
        boolean exact = value != null
                && !(value instanceof Document)
                && !(value instanceof Collection)
                && !BsonRegularExpression.isRegularExpression(value);
        boolean plainFields = query.keySet().stream().noneMatch(field -> field.startsWith("$"));
        return exact && plainFields ? new Document(key, value) : null;
    }

    /** The bounds of a range on this index's one field, or null when the query is no such range. */
    private @Nullable Document range(Document query) {
        if (keys().size() != 1 || !query.keySet().equals(keySet())) {
            return null;
        }
        if (!(query.get(keys().getFirst()) instanceof Document bounds) || bounds.isEmpty()) {
            return null;
        }
        boolean onlyBounds = RANGE.containsAll(bounds.keySet())
                && !(bounds.containsKey("$gt") && bounds.containsKey("$gte"))
                && !(bounds.containsKey("$lt") && bounds.containsKey("$lte"))
                && bounds.values().stream()
                        .noneMatch(value -> value == null || value instanceof Document || value instanceof Collection);
        return onlyBounds ? bounds : null;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return positions.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return positions.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return positions.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return positions.get(key);
    }

    @Override
    public long getCount() {
        return positions.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
