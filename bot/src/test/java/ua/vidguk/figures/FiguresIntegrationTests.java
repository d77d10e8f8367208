package ua.vidguk.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;

/** Every answer of an ended survey is counted once into its centre's day, month and year. */
class FiguresIntegrationTests extends FiguresTest {

    @Autowired
    FigureRetention retention;

    // 23:30 UTC on 9 March is 01:30 on 10 March in Kyiv: the day is Kyiv's.
    static final Instant MARCH_10_KYIV = Instant.parse("2021-03-09T23:30:00Z");

    @Test
    void completePartialAndSkippedAnswersAreCountedPerQuestionAndShownInTheRatings() {
        centre("FG-1", "UA-05", "Вінниця");
        events.publishEvent(completed(
                "fg1-a",
                "FG-1",
                Channel.SMS,
                answers(
                        "overall",
                        "5",
                        "received",
                        "yes",
                        "waiting",
                        "4",
                        "friendliness",
                        "5",
                        "competence",
                        "4",
                        "premises",
                        "4",
                        "comment",
                        ""),
                false,
                MARCH_10_KYIV));
        events.publishEvent(completed(
                "fg1-b",
                "FG-1",
                Channel.VIBER,
                answers(
                        "overall",
                        "2",
                        "received",
                        "no",
                        "waiting",
                        "1",
                        "friendliness",
                        "3",
                        "competence",
                        "2",
                        "premises",
                        "3",
                        "problem",
                        "waiting",
                        "comment",
                        "Довго чекала",
                        "callback",
                        "yes"),
                true,
                MARCH_10_KYIV.plusSeconds(60)));
        events.publishEvent(expired(
                "fg1-c",
                "FG-1",
                Channel.TELEGRAM,
                answers("overall", "4", "received", "yes", "waiting", ""),
                MARCH_10_KYIV.plusSeconds(120)));
        events.publishEvent(expired("fg1-d", "FG-1", Channel.SMS, answers(), MARCH_10_KYIV.plusSeconds(180)));

        for (String id : List.of("d|2021-03-10|FG-1", "m|2021-03|FG-1", "y|2021|FG-1")) {
            Document figures = figures(id).orElseThrow();
            assertThat(figures.getInteger("responses")).as(id).isEqualTo(3);
            assertThat(figures.getInteger("completed")).isEqualTo(2);
            assertThat(figures.getInteger("partial")).isEqualTo(1);
            assertThat(figures.getInteger("negative")).isEqualTo(1);
            assertThat(figures.getString("region")).isEqualTo("UA-05");
            assertThat(figures.get("channels", Document.class))
                    .containsEntry("sms", 1)
                    .containsEntry("viber", 1)
                    .containsEntry("telegram", 1);
            Document questions = figures.get("questions", Document.class);
            Document overall = questions.get("overall", Document.class);
            assertThat(overall.getInteger("answered")).isEqualTo(3);
            assertThat(overall.get("values", Document.class))
                    .containsEntry("5", 1)
                    .containsEntry("2", 1)
                    .containsEntry("4", 1);
            Document waiting = questions.get("waiting", Document.class);
            assertThat(waiting.getInteger("answered")).isEqualTo(2);
            assertThat(waiting.getInteger("skipped")).isEqualTo(1);
            Document comment = questions.get("comment", Document.class);
            assertThat(comment.getInteger("answered")).isEqualTo(1);
            assertThat(comment.getInteger("skipped")).isEqualTo(1);
            assertThat(comment).doesNotContainKey("values");
            assertThat(figures.toJson()).doesNotContain("Довго").doesNotContain("380671234567");
            assertThat(figures.getList(GuardedCounts.COUNTING, String.class))
                    .containsExactly("fg1-a", "fg1-b", "fg1-c");
        }
        Document region = figures("rd|2021-03-10|UA-05").orElseThrow();
        assertThat(region.getInteger("responses")).isEqualTo(3);
        assertThat(region.get("questions", Document.class)
                        .get("overall", Document.class)
                        .get("values", Document.class))
                .containsEntry("2", 1);
        assertThat(region).doesNotContainKey("cnap");
        assertThat(figures("ry|2021|UA-05").orElseThrow().getInteger("responses"))
                .isEqualTo(3);
        assertThat(mongo.getCollection(FigureKeys.COUNTED)
                        .countDocuments(new Document(
                                "_id",
                                new Document(
                                        "$in", List.of("2021-03-10|fg1-a", "2021-03-10|fg1-b", "2021-03-10|fg1-c")))))
                .isEqualTo(3);

        JsonNode centre = ratings(
                        VidgukIntegrationTest.ADMIN_TOKEN, "level=centre&region=UA-05&from=2021-03-01&to=2021-03-31")
                .path("entities")
                .get(0);
        assertThat(centre.path("id").asString()).isEqualTo("FG-1");
        assertThat(centre.path("responses").asLong()).isEqualTo(3);
        assertThat(centre.path("satisfaction").asDouble()).isEqualTo(0.6667);
        assertThat(centre.path("notReceived").asDouble()).isEqualTo(0.3333);
        assertThat(centre.path("negative").asLong()).isEqualTo(1);
        assertThat(centre.path("questions").path("waiting").path("mean").asDouble())
                .isEqualTo(2.5);
        // Every rating question of the survey by its id: the service standard's criteria each on its own.
        JsonNode friendliness = centre.path("questions").path("friendliness");
        assertThat(friendliness.path("type").asString()).isEqualTo("scale");
        assertThat(friendliness.path("answered").asLong()).isEqualTo(2);
        assertThat(friendliness.path("distribution").path("3").asLong()).isEqualTo(1);
        assertThat(friendliness.path("distribution").path("5").asLong()).isEqualTo(1);
        assertThat(friendliness.path("mean").asDouble()).isEqualTo(4.0);
        JsonNode competence = centre.path("questions").path("competence");
        assertThat(competence.path("distribution").path("2").asLong()).isEqualTo(1);
        assertThat(competence.path("distribution").path("4").asLong()).isEqualTo(1);
        assertThat(competence.path("mean").asDouble()).isEqualTo(3.0);
        assertThat(centre.path("problems").path("waiting").asLong()).isEqualTo(1);
        assertThat(centre.path("channels").path("telegram").asLong()).isEqualTo(1);
        assertThat(centre.path("ranked").asBoolean()).isFalse();
        assertThat(centre.path("rank").isNull()).isTrue();
    }

    @Test
    void theSameEndHeardTwiceIsCountedOnce() {
        centre("FG-2", "UA-09", "Сєвєродонецьк");
        var end = completed("fg2-a", "FG-2", Channel.SMS, answers("overall", "5"), false, MARCH_10_KYIV);
        events.publishEvent(end);
        events.publishEvent(end);
        events.publishEvent(expired("fg2-b", "FG-2", Channel.SMS, answers("overall", "1"), MARCH_10_KYIV));
        events.publishEvent(expired("fg2-b", "FG-2", Channel.SMS, answers("overall", "1"), MARCH_10_KYIV));

        for (String id : List.of("d|2021-03-10|FG-2", "m|2021-03|FG-2", "y|2021|FG-2")) {
            Document figures = figures(id).orElseThrow();
            assertThat(figures.getInteger("responses")).as(id).isEqualTo(2);
            assertThat(figures.get("questions", Document.class)
                            .get("overall", Document.class)
                            .getInteger("answered"))
                    .isEqualTo(2);
        }
    }

    @Test
    void aDocumentThatFailsIsCountedByTheRepublishedEndAndTheOthersAreNotCountedTwice() {
        centre("FG-3", "UA-09", "Лисичанськ");
        // A month whose count the database refuses ($inc on text), as a failing write would.
        mongo.getCollection(FigureKeys.COLLECTION)
                .insertOne(new Document("_id", "m|2021-03|FG-3").append("responses", "broken"));
        var end = completed("fg3-a", "FG-3", Channel.SMS, answers("overall", "4"), false, MARCH_10_KYIV);

        assertThatThrownBy(() -> events.publishEvent(end)).isNotNull();
        assertThat(figures("d|2021-03-10|FG-3").orElseThrow().getInteger("responses"))
                .isEqualTo(1);
        assertThat(figures("y|2021|FG-3").orElseThrow().getInteger("responses")).isEqualTo(1);
        assertThat(figures("m|2021-03|FG-3").orElseThrow().get("responses")).isEqualTo("broken");

        mongo.getCollection(FigureKeys.COLLECTION)
                .updateOne(new Document("_id", "m|2021-03|FG-3"), new Document("$set", new Document("responses", 0)));
        events.publishEvent(end); // the sweep publishes the stored end again
        events.publishEvent(end); // and once more, as if another listener had failed

        for (String id : List.of("d|2021-03-10|FG-3", "m|2021-03|FG-3", "y|2021|FG-3")) {
            Document figures = figures(id).orElseThrow();
            assertThat(figures.getInteger("responses")).as(id).isEqualTo(1);
            assertThat(figures.getList(GuardedCounts.COUNTING, String.class))
                    .as(id)
                    .containsExactly("fg3-a");
        }
    }

    @Test
    void theSameEndHeardAtOnceByManyThreadsIsCountedOnce() throws Exception {
        centre("FG-4", "UA-09", "Старобільськ");
        var end = completed("fg4-a", "FG-4", Channel.SMS, answers("overall", "4"), false, MARCH_10_KYIV);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var start = new CountDownLatch(1);
            List<Future<?>> heard = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                heard.add(pool.submit(() -> {
                    start.await();
                    events.publishEvent(end);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : heard) {
                each.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        for (String id : List.of("d|2021-03-10|FG-4", "m|2021-03|FG-4", "y|2021|FG-4")) {
            assertThat(figures(id).orElseThrow().getInteger("responses")).as(id).isEqualTo(1);
        }
    }

    @Test
    void administratorsFiguresAreRemovedAfterTheirTime() {
        var collection = mongo.getCollection(FigureKeys.COLLECTION);
        YearMonth now = YearMonth.now(FigureCounter.KYIV);
        collection.insertMany(List.of(
                new Document("_id", FigureKeys.administrator(YearMonth.of(2001, 5), "FG-9", "aaaaaaaaaaaa")),
                new Document("_id", FigureKeys.administrator(2001, "FG-9", "aaaaaaaaaaaa")),
                new Document("_id", FigureKeys.administrator(now, "FG-9", "aaaaaaaaaaaa")),
                new Document("_id", FigureKeys.administrator(now.getYear(), "FG-9", "aaaaaaaaaaaa")),
                new Document("_id", FigureKeys.CENTRE.year(2001, "FG-9"))));

        retention.run(Instant.now());

        assertThat(figures(FigureKeys.administrator(YearMonth.of(2001, 5), "FG-9", "aaaaaaaaaaaa")))
                .isEmpty();
        assertThat(figures(FigureKeys.administrator(2001, "FG-9", "aaaaaaaaaaaa")))
                .isEmpty();
        assertThat(figures(FigureKeys.administrator(now, "FG-9", "aaaaaaaaaaaa")))
                .isPresent();
        assertThat(figures(FigureKeys.administrator(now.getYear(), "FG-9", "aaaaaaaaaaaa")))
                .isPresent();
        assertThat(figures(FigureKeys.CENTRE.year(2001, "FG-9")))
                .as("a centre's figures stay")
                .isPresent();
    }

    @Test
    void countedConversationsAreForgottenAfterTheirTime() {
        mongo.getCollection(FigureKeys.COUNTED)
                .insertMany(List.of(
                        new Document("_id", "2000-01-01|fg-old"),
                        new Document("_id", LocalDate.now(FigureCounter.KYIV) + "|fg-new")));

        retention.run(Instant.now());

        assertThat(mongo.getCollection(FigureKeys.COUNTED).countDocuments(new Document("_id", "2000-01-01|fg-old")))
                .isZero();
        assertThat(mongo.getCollection(FigureKeys.COUNTED)
                        .countDocuments(new Document("_id", LocalDate.now(FigureCounter.KYIV) + "|fg-new")))
                .isOne();
    }
}
