package ua.vidguk.cnap;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The 27 regions a centre may belong to, read once from the packaged {@code regions.csv}. */
@Component
public class Regions {

    private final Map<String, Region> byCode = new LinkedHashMap<>();

    Regions() throws IOException {
        CsvMapper csv = new CsvMapper();
        try (InputStream in = Regions.class.getResourceAsStream("regions.csv");
                MappingIterator<Row> rows = csv.readerFor(Row.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(in)) {
            rows.forEachRemaining(row -> byCode.put(
                    row.code(), new Region(row.code(), row.nameUk(), row.nameEn(), row.centreUk(), row.centreEn())));
        }
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Why a code is not accepted as a region, in words fit for the API's caller. */
    static String unknown(String code) {
        return "'" + code + "' is not an ISO 3166-2:UA region code (e.g. UA-74)";
    }

    public Collection<Region> all() {
        return byCode.values();
    }

    private record Row(
            String code,
            @JsonProperty("name_uk") String nameUk,
            @JsonProperty("name_en") String nameEn,
            @JsonProperty("centre_uk") String centreUk,
            @JsonProperty("centre_en") String centreEn) {}
}
