package ua.vidguk.visit;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import ua.vidguk.visit.VisitIntake.Positioned;

/**
 * Reads a visits CSV as a stream, a chunk at a time: a header row naming the columns (in any
 * order; unknown columns are ignored), then one visit per row.
 */
final class CsvVisits {

    static final Set<String> REQUIRED = Set.of("externalId", "cnapCode", "phone", "visitedAt");

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvReadFeature.TRIM_SPACES, CsvReadFeature.SKIP_EMPTY_LINES)
            .enable(CsvReadFeature.IGNORE_TRAILING_UNMAPPABLE, CsvReadFeature.EMPTY_STRING_AS_NULL)
            .disable(CsvReadFeature.FAIL_ON_MISSING_COLUMNS)
            .build();

    /** The header lacks columns every row needs: nothing can be read. */
    static final class MissingColumns extends RuntimeException {
        MissingColumns(Set<String> missing) {
            super("The header row lacks the column(s) " + String.join(", ", new TreeSet<>(missing))
                    + "; expected externalId,cnapCode,phone,visitedAt[,service][,administrator]");
        }
    }

    /** A row the CSV reader could not make sense of; the rows before it were taken in. */
    record Unreadable(int row, String reason) {}

    private CsvVisits() {}

    /**
     * Hands the rows to {@code chunks} in order, numbered as in a spreadsheet (the header is row 1).
     *
     * @return the row at which reading had to stop, if it did
     */
    static java.util.Optional<Unreadable> read(InputStream body, int chunkSize, Consumer<List<Positioned>> chunks) {
        int read = 0;
        try (MappingIterator<VisitInput> rows = CSV.readerFor(VisitInput.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(body)) {
            List<Positioned> chunk = new ArrayList<>(chunkSize);
            try {
                while (rows.hasNextValue()) {
                    if (read == 0) {
                        checkHeader((CsvSchema) rows.parserSchema());
                    }
                    chunk.add(new Positioned(read + 2, rows.nextValue()));
                    read++;
                    if (chunk.size() == chunkSize) {
                        chunks.accept(chunk);
                        chunk = new ArrayList<>(chunkSize);
                    }
                }
                return java.util.Optional.empty();
            } catch (JacksonException e) {
                return java.util.Optional.of(new Unreadable(read + 2, e.getOriginalMessage()));
            } finally {
                if (!chunk.isEmpty()) {
                    chunks.accept(chunk);
                }
            }
        }
    }

    private static void checkHeader(CsvSchema header) {
        Set<String> missing = new TreeSet<>(REQUIRED);
        header.forEach(column -> missing.remove(column.getName()));
        if (!missing.isEmpty()) {
            throw new MissingColumns(missing);
        }
    }
}
