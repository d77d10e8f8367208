package ua.vidguk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reader pages through a run of days of many centres, and reads each document once. */
class FigureReaderIntegrationTests extends FiguresTest {

    @Autowired
    FigureReader reader;

    @Test
    void aDayOfMoreCentresThanAPageIsReadWholeAndEachCentreOnce() {
        LocalDate day = LocalDate.of(2018, 2, 3);
        int centres = FigureReader.BATCH * 2 + 1;
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < centres; i++) {
            String code = "FR-%04d".formatted(i);
            documents.add(new Document("_id", FigureKeys.CENTRE.day(day, code))
                    .append("cnap", code)
                    .append("responses", 1)
                    .append("completed", 1));
        }
        // The neighbouring days are outside the run.
        documents.add(new Document("_id", FigureKeys.CENTRE.day(day.minusDays(1), "FR-0000"))
                .append("cnap", "FR-0000")
                .append("responses", 5));
        documents.add(new Document("_id", FigureKeys.CENTRE.day(day.plusDays(1), "FR-0000"))
                .append("cnap", "FR-0000")
                .append("responses", 7));
        mongo.getCollection(FigureKeys.COLLECTION).insertMany(documents);

        var read = reader.read(day, day);

        assertThat(read).hasSize(centres);
        assertThat(read.values())
                .allSatisfy(centre ->
                        assertThat(centre.tally().responses).as(centre.code()).isEqualTo(1L));
    }
}
