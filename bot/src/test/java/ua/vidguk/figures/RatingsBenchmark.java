package ua.vidguk.figures;

import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import ua.vidguk.StartedApplication;
import ua.vidguk.access.AccessScope;
import ua.vidguk.cnap.Region;
import ua.vidguk.cnap.Regions;
import ua.vidguk.report.ReportPeriod;
import ua.vidguk.report.Reports;

/**
 * What a ranking costs when the figures are there: 2,700 centres in the 25 regions with two years
 * of year and month documents (about 2 million responses a year) and the last 61 days of day
 * documents, generated directly; then the ratings of all centres for a year, a quarter and the
 * last 30 days, a region's, and the regions and the country summed from the centres. Then the
 * reports: the region documents the counter writes beside them (every region's year, months and
 * days of 2025), a year of day documents for one region's centres, and the worst comments; a
 * region's and a centre's yearly report. Run: see docs/benchmarks.md.
 */
@Tag("benchmark")
class RatingsBenchmark {

    static final int CENTRES = Integer.getInteger("centres", 2_700);
    static final int RUNS = Integer.getInteger("runs", 100);
    static final int COLD_RUNS = Integer.getInteger("coldRuns", 10);
    static final int WARM_UP = Integer.getInteger("warmUp", 5);
    static final String ADMIN = "benchmark-admin-token-0123456789";
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    /** The region whose report is timed (the 8th of the 25), and one of its centres. */
    static final int MEASURED_REGION = 7;

    static final String MEASURED_CENTRE = "B-7";
    /** The default survey's questions, so that a figures document is as large as the counter's. */
    static final String[] SCALES = {"overall", "waiting", "friendliness", "competence", "premises"};

    static final String[] PROBLEMS = {
        "waiting", "rude", "attention", "advice", "mistakes", "documents", "language", "payment", "other"
    };

    @TempDir
    Path data;

    @Test
    void measureTheRatings() {
        List<String> regions;
        try (var app = start()) {
            regions = app.context().getBean(Regions.class).all().stream()
                    .map(Region::code)
                    .filter(code -> !code.equals("UA-43") && !code.equals("UA-40"))
                    .toList();
            List<Map<String, String>> centres = new ArrayList<>();
            for (int i = 0; i < CENTRES; i++) {
                String region = regions.get(i % regions.size());
                centres.add(
                        Map.of("code", "B-" + i, "name", "ЦНАП " + i, "region", region, "city", "Місто " + (i % 300)));
            }
            app.client(ADMIN)
                    .put()
                    .uri("/api/v1/cnaps")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(centres)
                    .exchange()
                    .expectStatus()
                    .isOk();
            long generating = System.nanoTime();
            long responses =
                    generate(app.context().getBean(MongoTemplate.class), centres, regions.get(MEASURED_REGION));
            System.out.printf(
                    "Generated figures of %,d responses in 2025 for %,d centres in %d s%n",
                    responses, CENTRES, (System.nanoTime() - generating) / 1_000_000_000);
        }
        // Measured on the store as a start finds it: reads right after the bulk load above failed
        // with H2's "Chunk … not found" (the embedded database, under investigation).
        try (var app = start()) {
            Ratings ratings = app.context().getBean(Ratings.class);
            String region = regions.get(MEASURED_REGION);
            LocalDate year = LocalDate.of(2025, 1, 1);
            FigureReader reader = app.context().getBean(FigureReader.class);
            System.out.println("| ratings | documents read | entities | read | runs | median ms | p99 ms | max ms |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
            var national = AccessScope.NATIONAL;
            LocalDate quarter = LocalDate.of(2025, 10, 1);
            LocalDate month = LAST_DAY.minusDays(29);
            var collection = app.context().getBean(MongoTemplate.class).getCollection(FigureKeys.COLLECTION);
            var yearRange = new Document(
                    "_id",
                    new Document("$gte", FigureKeys.CENTRE.year(2025) + "|")
                            .append("$lte", FigureKeys.CENTRE.year(2025) + FigureKeys.END));
            measure(
                    "(the driver alone: 2,700 year documents)",
                    CENTRES,
                    true,
                    COLD_RUNS,
                    reader,
                    () -> collection.find(yearRange).into(new ArrayList<>()).size());
            for (boolean cold : new boolean[] {true, false}) {
                int runs = cold ? COLD_RUNS : RUNS;
                measure(
                        "all centres, a year",
                        2 * CENTRES,
                        cold,
                        runs,
                        reader,
                        () -> ratings.rate(Level.CENTRE, null, year, LAST_DAY, national));
                measure(
                        "one region's centres, a year",
                        2 * CENTRES,
                        cold,
                        runs,
                        reader,
                        () -> ratings.rate(Level.CENTRE, region, year, LAST_DAY, AccessScope.region(region)));
                measure(
                        "regions, a year",
                        2 * CENTRES,
                        cold,
                        runs,
                        reader,
                        () -> ratings.rate(Level.REGION, null, year, LAST_DAY, national));
                measure(
                        "the country, a year",
                        2 * CENTRES,
                        cold,
                        runs,
                        reader,
                        () -> ratings.rate(Level.COUNTRY, null, year, LAST_DAY, national));
                measure(
                        "all centres, a quarter",
                        6 * CENTRES,
                        cold,
                        runs,
                        reader,
                        () -> ratings.rate(Level.CENTRE, null, quarter, LAST_DAY, national));
                // -DskipDays=true leaves out the 162,000 day documents (13 s a cold read).
                if (!Boolean.getBoolean("skipDays"))
                    measure(
                            "all centres, the last 30 days",
                            60 * CENTRES,
                            cold,
                            cold ? 3 : runs,
                            reader,
                            () -> ratings.rate(Level.CENTRE, null, month, LAST_DAY, national));
                measure(
                        "all centres, a year, over HTTP (JSON of 2,700)",
                        2 * CENTRES,
                        cold,
                        runs,
                        reader,
                        () -> app.client(ADMIN)
                                .get()
                                .uri("/api/v1/ratings?level=centre&from=2025-01-01&to=2025-12-31")
                                .exchange()
                                .expectStatus()
                                .isOk()
                                .returnResult(byte[].class)
                                .getResponseBody());
            }
            measureReports(app, reader, region);
        }
    }

    /**
     * A region's and a centre's yearly report, and the two ways to read a region's year of days: by
     * the ids of its 365 documents, or by the range of days, which holds every region's.
     */
    private static void measureReports(StartedApplication app, FigureReader reader, String region) {
        Reports reports = app.context().getBean(Reports.class);
        ReportPeriod year = ReportPeriod.parse("2025").orElseThrow();
        var collection = app.context().getBean(MongoTemplate.class).getCollection(FigureKeys.COLLECTION);
        List<String> days = new ArrayList<>();
        for (LocalDate day = LAST_DAY.withDayOfYear(1); !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            days.add(FigureKeys.REGION.day(day, region));
        }
        var range = new Document(
                "_id",
                new Document("$gte", FigureKeys.REGION.day(LAST_DAY.withDayOfYear(1)) + "|")
                        .append("$lte", FigureKeys.REGION.day(LAST_DAY) + FigureKeys.END));
        measure(
                "a region's days of a year, by id ($in)",
                days.size(),
                true,
                COLD_RUNS,
                reader,
                () -> collection
                        .find(Filters.in("_id", days))
                        .into(new ArrayList<>())
                        .size());
        measure(
                "every region's days of a year, by range",
                25 * days.size(),
                true,
                COLD_RUNS,
                reader,
                () -> collection.find(range).into(new ArrayList<>()).size());
        for (boolean cold : new boolean[] {true, false}) {
            int runs = cold ? COLD_RUNS : RUNS;
            measure(
                    "report: a region's year (region documents)",
                    2 * 25 + days.size() + 12,
                    cold,
                    runs,
                    reader,
                    () -> reports.region(region, year, AccessScope.NATIONAL).orElseThrow());
            measure(
                    "report: a centre's year (its region's centres ranked)",
                    2 * CENTRES + 2 + 25 + days.size() + 12,
                    cold,
                    runs,
                    reader,
                    () -> reports.centre(MEASURED_CENTRE, year, AccessScope.NATIONAL)
                            .orElseThrow());
            measure(
                    "report: a region's year over HTTP (JSON)",
                    2 * 25 + days.size() + 12,
                    cold,
                    runs,
                    reader,
                    () -> app.client(ADMIN)
                            .get()
                            .uri("/api/v1/reports/regions/" + region + "?period=2025")
                            .exchange()
                            .expectStatus()
                            .isOk()
                            .returnResult(byte[].class)
                            .getResponseBody());
        }
    }

    private StartedApplication start() {
        return StartedApplication.start(
                "--vidguk.data-dir=" + data,
                "--vidguk.admin-token=" + ADMIN,
                "--vidguk.demo.enabled=false",
                "--vidguk.dispatch.enabled=false",
                "--vidguk.alerts.sweep-every=1h",
                "--logging.level.root=WARN");
    }

    /** Year and month documents for 2024 and 2025, day documents for the last 61 days of 2025. */
    private static long generate(MongoTemplate mongo, List<Map<String, String>> centres, String measuredRegion) {
        var collection = mongo.getCollection(FigureKeys.COLLECTION);
        Random random = new Random(15);
        var regions = new ReportFiguresForBenchmark();
        long responses2025 = 0;
        List<Document> batch = new ArrayList<>();
        for (Map<String, String> centre : centres) {
            // About 740 responses a year on average, 2 million over 2,700 centres; busy ones more.
            int perMonth = 10 + random.nextInt(114);
            String region = centre.get("region");
            regions.centre(region);
            for (int year = 2024; year <= 2025; year++) {
                Document yearly = figures(centre, 0, random);
                for (int month = 1; month <= 12; month++) {
                    Document monthly = figures(centre, perMonth, random);
                    add(yearly, monthly);
                    regions.count(FigureKeys.REGION.month(YearMonth.of(year, month), region), region, monthly);
                    batch.add(monthly.append(
                            "_id", FigureKeys.CENTRE.month(YearMonth.of(year, month), centre.get("code"))));
                }
                if (year == 2025) {
                    responses2025 += yearly.getLong("responses");
                }
                regions.count(FigureKeys.REGION.year(year, region), region, yearly);
                batch.add(yearly.append("_id", FigureKeys.CENTRE.year(year, centre.get("code"))));
            }
            // The measured region's centres have a year of days (their reports' weeks), the others 61.
            LocalDate firstDay = region.equals(measuredRegion) ? LAST_DAY.withDayOfYear(1) : LAST_DAY.minusDays(60);
            for (LocalDate day = firstDay; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                Document daily = figures(centre, Math.max(1, perMonth / 30), random);
                regions.count(FigureKeys.REGION.day(day, region), region, daily);
                batch.add(daily.append("_id", FigureKeys.CENTRE.day(day, centre.get("code")))
                        .append("counted", List.of("s-" + random.nextLong())));
            }
            if (batch.size() >= 2_000) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
        long regionDocuments = regions.write(collection, LAST_DAY.getYear(), random);
        regions.comments(mongo.getCollection("report_comments"), LAST_DAY.getYear(), Set.of(MEASURED_CENTRE));
        System.out.printf("Wrote %,d region documents and the worst comments%n", regionDocuments);
        return responses2025;
    }

    /** A period's figures as the counter writes them, for about {@code responses} responses. */
    static Document figures(Map<String, String> centre, int responses, Random random) {
        long partial = responses / 10;
        Document questions = new Document();
        for (String scale : SCALES) {
            Document values = new Document();
            long left = responses - (scale.equals("overall") ? 0 : partial);
            long answered = left;
            for (int value = 5; value >= 1; value--) {
                long count = value == 1 ? left : Math.min(left, random.nextInt((int) Math.max(1, left)) / 2 + left / 3);
                values.append(String.valueOf(value), count);
                left -= count;
            }
            questions.append(
                    scale,
                    new Document("answered", answered)
                            .append("skipped", 0L)
                            .append("type", "scale")
                            .append("values", values));
        }
        long no = responses / 20;
        questions.append(
                "received",
                new Document("answered", (long) responses)
                        .append("skipped", 0L)
                        .append("type", "yes-no")
                        .append("values", new Document("yes", responses - no).append("no", no)));
        Document named = new Document();
        for (String problem : PROBLEMS) {
            named.append(problem, (long) random.nextInt(1 + responses / 20));
        }
        questions.append(
                "problem",
                new Document("answered", (long) responses / 5)
                        .append("skipped", 0L)
                        .append("type", "choice")
                        .append("values", named));
        questions.append(
                "comment", new Document("answered", (long) responses / 4).append("skipped", (long) responses / 2));
        return new Document("cnap", centre.get("code"))
                .append("name", centre.get("name"))
                .append("region", centre.get("region"))
                .append("city", centre.get("city"))
                .append("responses", (long) responses)
                .append("completed", (long) responses - partial)
                .append("partial", partial)
                .append("negative", (long) responses / 15)
                .append(
                        "channels",
                        new Document("sms", (long) responses / 2)
                                .append("viber", (long) responses / 4)
                                .append("telegram", responses - responses / 2 - responses / 4L))
                .append("questions", questions);
    }

    /** Adds a month's counts into the year's, field by field. */
    @SuppressWarnings("unchecked")
    static void add(Document into, Document from) {
        for (var entry : from.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof Long count) {
                into.merge(entry.getKey(), count, (a, b) -> (Long) a + (Long) b);
            } else if (value instanceof Document nested) {
                add((Document) into.computeIfAbsent(entry.getKey(), key -> new Document()), nested);
            } else {
                into.putIfAbsent(entry.getKey(), value);
            }
        }
    }

    /** @param cold whether each call reads the database (the cache is emptied before it) */
    private static void measure(
            String what, int documents, boolean cold, int runs, FigureReader reader, Supplier<Object> call) {
        for (int i = 0; i < Math.min(WARM_UP, runs); i++) {
            call.get();
        }
        List<Long> millis = new ArrayList<>();
        Object last = null;
        for (int i = 0; i < runs; i++) {
            if (cold) {
                reader.forget();
            }
            long start = System.nanoTime();
            last = call.get();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        String entities = last instanceof Ratings.Page page
                ? String.valueOf(page.entities().size())
                : last instanceof Integer found ? "%,d".formatted(found) : what.startsWith("report") ? "1" : "2,700";
        System.out.printf(
                "| %s | %,d | %s | %s | %d | %d | %d | %d |%n",
                what,
                documents,
                entities,
                cold ? "database" : "cached",
                runs,
                millis.get(runs / 2),
                millis.get(Math.min(runs - 1, runs * 99 / 100)),
                millis.getLast());
    }
}
