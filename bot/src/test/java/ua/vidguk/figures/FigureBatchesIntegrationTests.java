package ua.vidguk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Update;
import ua.vidguk.channel.Channel;
import ua.vidguk.conversation.event.SurveyCompleted;
import ua.vidguk.figures.CountBatch.Entry;

/** Ends that arrive together are counted together, and still each exactly once. */
class FigureBatchesIntegrationTests extends FiguresTest {

    static final Instant APRIL_2 = Instant.parse("2019-04-02T09:00:00Z");

    @Autowired
    GuardedCounts counts;

    @Test
    void manyEndsOfOneCentreHeardAtOnceAndAgainAreEachCountedOnce() throws Exception {
        centre("FB-1", "UA-09", "Сєвєродонецьк");
        List<SurveyCompleted> ends = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            ends.add(completed(
                    "fb1-" + i, "FB-1", Channel.SMS, answers("overall", i % 2 == 0 ? "5" : "3"), false, APRIL_2));
        }
        List<SurveyCompleted> heard = new ArrayList<>(ends);
        heard.addAll(ends); // every end is delivered twice, in another order
        Collections.shuffle(heard, new java.util.Random(7));

        var pool = Executors.newFixedThreadPool(16);
        try {
            var start = new CountDownLatch(1);
            List<Future<?>> deliveries = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                deliveries.add(pool.submit(() -> {
                    start.await();
                    for (int i = thread; i < heard.size(); i += 16) {
                        events.publishEvent(heard.get(i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> delivery : deliveries) {
                delivery.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        for (String id : List.of("d|2019-04-02|FB-1", "m|2019-04|FB-1", "y|2019|FB-1", "ry|2019|UA-09")) {
            Document figures = figures(id).orElseThrow();
            assertThat(figures.getInteger("responses")).as(id).isEqualTo(240);
            Document values = figures.get("questions", Document.class)
                    .get("overall", Document.class)
                    .get("values", Document.class);
            assertThat(values).as(id).containsEntry("5", 120).containsEntry("3", 120);
            assertThat(figures.getList(GuardedCounts.COUNTING, String.class))
                    .as(id)
                    .hasSizeLessThanOrEqualTo(GuardedCounts.IN_FLIGHT_KEPT);
        }
        assertThat(mongo.getCollection(FigureKeys.COUNTED)
                        .find(new Document("_id", new Document("$regex", "^2019-04-02\\|fb1-")))
                        .into(new ArrayList<>()))
                .hasSize(240);
    }

    @Test
    void aBatchCountsItsOtherEndsIntoADocumentThatListsOneOfThemAlready() {
        // fb2-a was counted into its day before a crash (listed there, not yet marked as counted).
        mongo.getCollection(FigureKeys.COLLECTION)
                .insertOne(new Document("_id", "d|2019-04-02|FB-2")
                        .append("responses", 1)
                        .append(GuardedCounts.COUNTING, List.of("fb2-a")));
        LocalDate day = LocalDate.of(2019, 4, 2);
        Entry a = entry("fb2-a", day);
        Entry b = entry("fb2-b", day);

        counts.write(List.of(a, b, entry("fb2-b", day))); // b heard twice in the same batch

        assertThat(List.of(a.outcome(), b.outcome())).allMatch(CompletableFuture::isDone);
        assertThat(a.outcome()).isNotCompletedExceptionally();
        assertThat(figures("d|2019-04-02|FB-2").orElseThrow().getInteger("responses"))
                .as("the day counted b only")
                .isEqualTo(2);
        assertThat(figures("y|2019|FB-2").orElseThrow().getInteger("responses"))
                .as("the year counted both, once")
                .isEqualTo(2);
        assertThat(figures("y|2019|FB-2").orElseThrow().getList(GuardedCounts.COUNTING, String.class))
                .containsExactly("fb2-a", "fb2-b");

        counts.write(List.of(entry("fb2-a", day), entry("fb2-b", day))); // both published again

        assertThat(figures("d|2019-04-02|FB-2").orElseThrow().getInteger("responses"))
                .isEqualTo(2);
        assertThat(figures("y|2019|FB-2").orElseThrow().getInteger("responses")).isEqualTo(2);
    }

    private static Entry entry(String id, LocalDate day) {
        return new Entry(
                id,
                day,
                Map.of(
                        "d|2019-04-02|FB-2", new Update().inc("responses", 1).set("cnap", "FB-2"),
                        "y|2019|FB-2", new Update().inc("responses", 1).set("cnap", "FB-2")),
                new CompletableFuture<>());
    }
}
