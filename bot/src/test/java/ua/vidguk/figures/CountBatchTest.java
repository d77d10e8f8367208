package ua.vidguk.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Update;
import ua.vidguk.figures.CountBatch.Entry;
import ua.vidguk.figures.CountBatch.Sum;

class CountBatchTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 5);

    @Test
    void aDocumentGetsTheSumOfItsEndsAndTheLastLabels() {
        Entry first = entry(
                "a",
                Map.of(
                        "d",
                        new Update().inc("responses", 1).inc("channels.sms", 1).set("name", "Old")));
        Entry second = entry(
                "b",
                Map.of(
                        "d", new Update().inc("responses", 1).inc("negative", 1).set("name", "New"),
                        "y", new Update().inc("responses", 1)));

        List<Sum> sums = CountBatch.sums(List.of(first, second));

        assertThat(sums).extracting(Sum::key).containsExactly("d", "y");
        Document day = sums.getFirst().increments().getUpdateObject();
        assertThat(day.get("$inc", Document.class))
                .containsEntry("responses", 2)
                .containsEntry("channels.sms", 1)
                .containsEntry("negative", 1);
        assertThat(day.get("$set", Document.class)).containsEntry("name", "New");
        assertThat(sums.getFirst().ids()).containsExactly("a", "b");
        assertThat(sums.get(1).ids()).containsExactly("b");
    }

    @Test
    void theSameEndTwiceInABatchIsOneEnd() {
        Entry once = entry("a", Map.of("d", new Update().inc("responses", 1)));
        Entry again = entry("a", Map.of("d", new Update().inc("responses", 1)));

        var byId = CountBatch.byId(List.of(once, again));

        assertThat(byId).containsOnlyKeys("a");
        assertThat(byId.get("a")).containsExactly(once, again);
    }

    @Test
    void aSumIsANewUpdateSoTheEndsOwnIncrementsServeAgain() {
        Update own = new Update().inc("responses", 1);
        Sum sum = CountBatch.sums(List.of(entry("a", Map.of("d", own)))).getFirst();

        sum.increments().push("counting").each("a");

        assertThat(own.getUpdateObject()).doesNotContainKey("$push");
    }

    @Test
    void figuresOnlyAddAndSet() {
        assertThatThrownBy(() -> CountBatch.added(List.of(new Update().unset("responses"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$unset");
    }

    private static Entry entry(String id, Map<String, Update> documents) {
        return new Entry(id, DAY, documents, new CompletableFuture<>());
    }
}
