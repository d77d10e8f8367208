package ua.vidguk.database;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with documents stored as BSON ({@link BsonDocumentType}) and
 * handed out as copies ({@link CopyingH2Collection}), and unique indexes keyed by BSON values
 * ({@link KeyValueType}); the rest is the library's.
 *
 * <p>Index maps get names of their own, so an index written by the library's format is not read
 * with this one: the library rebuilds an index it finds empty, and the old map is removed.
 */
class BsonH2Backend extends H2Backend {

    BsonH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonDatabase(databaseName);
    }

    // An inner class on purpose: H2Database opens the existing collections from its constructor,
    // before a subclass could have set fields of its own, while the enclosing backend (and so the
    // store) is already there.
    private final class BsonDatabase extends H2Database {

        BsonDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            MVMap<Object, Document> documents = store.openMap(
                    "databases." + namespace,
                    new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
            MVMap<String, Object> meta = store.openMap("meta." + namespace);
            return new CopyingH2Collection(this, collectionName, options, documents, meta, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            MVStore store = getMvStore();
            String libraryName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            if (store.hasMap(libraryName)) {
                store.removeMap(libraryName);
            }
            MVMap<KeyValue, Object> positions = store.openMap(
                    indexMapName(collectionName, indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
            return new BsonUniqueIndex(positions, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            getMvStore().removeMap(indexMapName(collection.getCollectionName(), indexName));
        }

        @Override
        public void dropCollection(String collectionName, Oplog oplog) {
            super.dropCollection(collectionName, oplog);
            // A collection created again under this name must not find the old one's index entries.
            String prefix = indexMapName(collectionName, "");
            getMvStore().getMapNames().stream()
                    .filter(name -> name.startsWith(prefix))
                    .toList()
                    .forEach(getMvStore()::removeMap);
        }

        // Starts with the namespace, as the library's do, so dropping the database drops them too.
        private String indexMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._bson_index_" + indexName;
        }
    }
}
