package ua.vidguk.figures;

import com.mongodb.client.MongoCollection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.bson.Document;

/**
 * What the counter writes beside the {@link RatingsBenchmark}'s centre documents, for the reports:
 * every region's year, month and day documents (summed from its centres where the benchmark has
 * them, generated for the days it does not), and the worst comments of every region's months and
 * of the measured centre's.
 */
final class ReportFiguresForBenchmark {

    private final Map<String, Document> regions = new LinkedHashMap<>();
    private final Map<String, Integer> centresPerRegion = new LinkedHashMap<>();

    /** Adds a centre's figures document into its region's document of the same period. */
    void count(String regionId, String region, Document centreFigures) {
        Document sum = regions.computeIfAbsent(regionId, id -> new Document("_id", id).append("region", region));
        RatingsBenchmark.add(sum, centreFigures);
    }

    void centre(String region) {
        centresPerRegion.merge(region, 1, Integer::sum);
    }

    /** Writes the region documents, with a day document for every day of the year of every region. */
    long write(MongoCollection<Document> figures, int year, Random random) {
        for (var region : centresPerRegion.entrySet()) {
            Map<String, String> place = Map.of("region", region.getKey());
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                String id = FigureKeys.REGION.day(day, region.getKey());
                regions.computeIfAbsent(
                        id,
                        key -> RatingsBenchmark.figures(place, 2 * region.getValue(), random)
                                .append("_id", key)
                                .append("region", region.getKey()));
            }
        }
        List<Document> batch = new ArrayList<>();
        for (Document document : regions.values()) {
            document.remove("cnap");
            document.remove("name");
            document.remove("city");
            batch.add(document);
            if (batch.size() == 2_000) {
                figures.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            figures.insertMany(batch);
        }
        return regions.size();
    }

    /** Twenty worst comments for every region's month of the year, and for each of the centres'. */
    void comments(MongoCollection<Document> comments, int year, Set<String> centres) {
        List<Document> documents = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth of = YearMonth.of(year, month);
            for (String region : centresPerRegion.keySet()) {
                documents.add(comment("r|" + of + "|" + region, of));
            }
            for (String centre : centres) {
                documents.add(comment("c|" + of + "|" + centre, of));
            }
        }
        comments.insertMany(documents);
    }

    private static Document comment(String id, YearMonth month) {
        List<Document> worst = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            worst.add(new Document("session", id + "-" + i)
                    .append("cnap", "B-7")
                    .append("overall", 1 + i / 7)
                    .append("text", "Довго чекали, ніхто не пояснив, що робити далі (" + i + ")")
                    .append("at", Date.from(month.atDay(1 + i).atStartOfDay().toInstant(java.time.ZoneOffset.UTC))));
        }
        return new Document("_id", id).append("comments", worst);
    }
}
