package ua.vidguk.database;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/** The index answers a range by walking only the keys inside it: what waits beyond costs nothing. */
class BsonUniqueIndexTests {

    final MVStore store = new MVStore.Builder().open();
    final MVMap<KeyValue, Object> map =
            store.openMap("ids", new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
    final BsonUniqueIndex index = new BsonUniqueIndex(map, "_id_", List.of(new IndexKey("_id", true)), false);

    @Test
    void aRangeOnTheFieldIsHandledAndYieldsOnlyThePositionsInsideIt() {
        for (int i = 0; i < 10_000; i++) {
            map.put(new KeyValue(String.format("%05d", i)).normalized(), "position-" + i);
        }

        var below = new Document("_id", new Document("$lt", "00003"));
        var between = new Document("_id", new Document("$gt", "00003").append("$lte", "00005"));

        assertThat(index.canHandle(below)).isTrue();
        assertThat(index.getPositions(below)).containsExactly("position-0", "position-1", "position-2");
        assertThat(index.getPositions(between)).containsExactly("position-4", "position-5");
    }

    @Test
    void whatIsNotARangeOnTheOneFieldIsLeftToTheLibrary() {
        assertThat(index.canHandle(new Document("_id", new Document("$ne", "x"))))
                .isFalse();
        assertThat(index.canHandle(new Document("_id", new Document("$lt", "x")).append("state", "DUE")))
                .isFalse();
        assertThat(index.canHandle(new Document("_id", new Document("$lt", new Document("a", 1)))))
                .isFalse();
        assertThat(index.canHandle(new Document("_id", "x"))).isTrue();
    }
}
