package ua.vidguk.database;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.h2.mvstore.MVMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An H2 collection that hands out copies of its documents, never the instances held in the map.
 *
 * <p>mongo-java-server updates a document by changing the instance it found in place and then
 * putting it back. H2 keeps that same instance in the page a commit may be writing to the file at
 * that moment, on another thread: with group commit, a commit runs while other writers change
 * documents. The commit then met a document changing under it (a ConcurrentModificationException
 * that closes the store, or worse a half-updated document in the file). With copies, an update
 * changes a copy and puts that, and what a commit writes never changes under it.
 *
 * <p>Only the documents an update finds are copied: a query hands the stored instances to the
 * reply's encoder, which only reads them. Copying every document read was a third of what a
 * million-row export allocated (docs/benchmarks.md).
 */
final class CopyingH2Collection extends H2Collection {

    private static final Logger log = LoggerFactory.getLogger(CopyingH2Collection.class);
    private static final Document ID_ASCENDING = new Document("_id", 1);

    /** Whether this thread is in a call that changes the documents it finds. */
    private static final ThreadLocal<Boolean> CHANGING = ThreadLocal.withInitial(() -> false);

    CopyingH2Collection(
            MongoDatabase database,
            String collectionName,
            CollectionOptions options,
            MVMap<Object, Document> documents,
            MVMap<String, Object> meta,
            CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
    }

    @Override
    protected Document getDocument(Object position) {
        Document document = super.getDocument(position);
        return document == null || !CHANGING.get() ? document : document.cloneDeeply();
    }

    @Override
    public synchronized Document findAndModify(Document query) {
        return changing(() -> super.findAndModify(query));
    }

    @Override
    public synchronized Document updateDocuments(
            Document selector,
            Document update,
            ArrayFilters arrayFilters,
            boolean isMulti,
            boolean isUpsert,
            Oplog oplog) {
        return changing(() -> super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog));
    }

    private static <T> T changing(Supplier<T> call) {
        boolean outer = !CHANGING.get();
        CHANGING.set(true);
        try {
            return call.get();
        } finally {
            if (outer) {
                CHANGING.remove();
            }
        }
    }

    /**
     * What an index answered. A range on {@code _id} comes from {@link BsonUniqueIndex} already in
     * {@code _id} order, lazily: sorted again by {@code _id}, every document in the range would be
     * read to return the first few (a queue's 500 of 100,000 due).
     */
    @Override
    protected QueryResult matchDocuments(
            Document query,
            Iterable<Object> positions,
            Document orderBy,
            int skip,
            int limit,
            int batchSize,
            Document projection) {
        // The range is on _id exactly when the query names _id alone (BsonUniqueIndex.range).
        boolean inOrder = ID_ASCENDING.equals(orderBy)
                && query.keySet().equals(Set.of("_id"))
                && getIndexes().stream()
                        .anyMatch(index -> index instanceof BsonUniqueIndex unique && unique.walksInOrder(query));
        return super.matchDocuments(query, positions, inOrder ? null : orderBy, skip, limit, batchSize, projection);
    }

    /** Reached only when no index answers the query: the whole collection is read. */
    @Override
    protected QueryResult matchDocuments(
            Document query, Document orderBy, int skip, int limit, int batchSize, Document projection) {
        // Field names only: the values may be phone numbers.
        log.debug("Scanned {} for a query on {}", getCollectionName(), query.keySet());
        QueryResult matched = super.matchDocuments(query, orderBy, skip, limit, batchSize, projection);
        List<Document> copies = new ArrayList<>();
        for (Document document : matched) {
            copies.add(document.cloneDeeply());
        }
        return new QueryResult(copies, matched.getCursorId());
    }
}
