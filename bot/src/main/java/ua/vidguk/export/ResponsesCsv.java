package ua.vidguk.export;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;
import ua.vidguk.conversation.ResponseRow;
import ua.vidguk.survey.Question;
import ua.vidguk.survey.Survey;

/**
 * Writes responses as CSV for a spreadsheet: a header row, then one row per response with one
 * column per question. UTF-8 with a byte order mark, because Excel reads a CSV without one in the
 * machine's ANSI code page and shows Ukrainian text garbled; CRLF line ends (RFC 4180). A cell
 * that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that
 * a spreadsheet shows what a visitor typed instead of running it as a formula (CSV injection).
 */
final class ResponsesCsv {

    static final List<String> FIXED = List.of(
            "id", "survey", "cnapCode", "region", "channel", "source", "outcome", "negative", "startedAt", "endedAt");
    static final char BOM = '\uFEFF';
    // The servlet's stream is flushed and closed by Spring once the body is written, not by the CSV
    // writer. Quotes only where a cell needs them (Jackson's quick check also quotes a "+02:00").
    private static final CsvMapper CSV = CsvMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final DateTimeFormatter KYIV_TIME =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ExportFilter.KYIV);

    private final List<String> questions;

    /** The question columns: the surveys' questions in survey order, each id once. */
    ResponsesCsv(List<Survey> surveys) {
        Set<String> ids = new LinkedHashSet<>();
        for (Survey survey : surveys) {
            survey.questions().stream().map(Question::id).forEach(ids::add);
        }
        this.questions = List.copyOf(ids);
    }

    /** The header row's names: a question named like a fixed column is prefixed with {@code answer:}. */
    List<String> header() {
        List<String> names = new ArrayList<>(FIXED);
        questions.forEach(id -> names.add(FIXED.contains(id) ? "answer:" + id : id));
        return names;
    }

    /** Writes the header, then each row {@code rows} hands over, and flushes. */
    void write(OutputStream out, Consumer<Consumer<ResponseRow>> rows) throws java.io.IOException {
        CsvSchema.Builder columns = CsvSchema.builder();
        header().forEach(columns::addColumn);
        CsvSchema schema = columns.build().withHeader().withLineSeparator("\r\n");
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        text.write(BOM);
        try (SequenceWriter csv = CSV.writer(schema).writeValues(text)) {
            String[] cells = new String[FIXED.size() + questions.size()];
            rows.accept(row -> csv.write(cells(row, cells)));
        }
        text.flush();
    }

    private String[] cells(ResponseRow row, String[] cells) {
        cells[0] = row.id();
        cells[1] = safe(row.surveyId());
        cells[2] = safe(row.cnapCode());
        cells[3] = safe(row.region());
        cells[4] = row.channel().name().toLowerCase(java.util.Locale.ROOT);
        cells[5] = safe(row.source());
        cells[6] = row.outcome();
        cells[7] = String.valueOf(row.negative());
        cells[8] = KYIV_TIME.format(row.startedAt().truncatedTo(ChronoUnit.SECONDS));
        cells[9] = KYIV_TIME.format(row.endedAt().truncatedTo(ChronoUnit.SECONDS));
        for (int i = 0; i < questions.size(); i++) {
            cells[FIXED.size() + i] = safe(row.answers().get(questions.get(i)));
        }
        return cells;
    }

    /** The value as a spreadsheet must show it: never a formula. */
    static String safe(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
