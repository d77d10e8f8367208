package ua.vidguk.database;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that hands out copies of its documents, never the instances held in the map.
 *
 * <p>mongo-java-server updates a document by changing the instance it found in place and then
 * putting it back. H2 keeps that same instance in the page a commit may be writing to the file at
 * that moment, on another thread: with group commit, a commit runs while other writers change
 * documents. The commit then met a document changing under it (a ConcurrentModificationException
 * that closes the store, or worse a half-updated document in the file). With copies, an update
 * changes a copy and puts that, and what a commit writes never changes under it.
 */
final class CopyingH2Collection extends H2Collection {

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
        return document == null ? null : document.cloneDeeply();
    }

    @Override
    protected QueryResult matchDocuments(
            Document query, Document orderBy, int skip, int limit, int batchSize, Document projection) {
        QueryResult matched = super.matchDocuments(query, orderBy, skip, limit, batchSize, projection);
        List<Document> copies = new ArrayList<>();
        for (Document document : matched) {
            copies.add(document.cloneDeeply());
        }
        return new QueryResult(copies, matched.getCursorId());
    }
}
