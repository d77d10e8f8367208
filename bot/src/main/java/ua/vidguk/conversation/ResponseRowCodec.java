package ua.vidguk.conversation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import ua.vidguk.channel.Channel;

/**
 * Reads a stored response straight from the driver's bytes into a {@link ResponseRow}, without a
 * {@code Document} in between: an export of a million rows built a map per response and one per
 * its answers only to copy them into rows, a sixth of everything it allocated (docs/benchmarks.md).
 * Fields a row does not show, the visitor's contact among them, are skipped unread.
 */
final class ResponseRowCodec implements Codec<ResponseRow> {

    @Override
    public ResponseRow decode(BsonReader reader, DecoderContext context) {
        String id = null, surveyId = null, cnapCode = null, region = null, channel = null, source = null;
        String outcome = null;
        boolean negative = false;
        Instant startedAt = null, endedAt = null;
        Map<String, String> answers = new LinkedHashMap<>();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String field = reader.readName();
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                continue;
            }
            switch (field) {
                case "_id" -> id = reader.readString();
                case "surveyId" -> surveyId = reader.readString();
                case "cnapCode" -> cnapCode = reader.readString();
                case "region" -> region = reader.readString();
                case "channel" -> channel = reader.readString();
                case "source" -> source = reader.readString();
                case "outcome" -> outcome = reader.readString();
                case "negative" -> negative = reader.readBoolean();
                case "startedAt" -> startedAt = Instant.ofEpochMilli(reader.readDateTime());
                case "endedAt" -> endedAt = Instant.ofEpochMilli(reader.readDateTime());
                case "answers" -> readAnswers(reader, answers);
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        return new ResponseRow(
                id,
                surveyId,
                cnapCode,
                region,
                Channel.valueOf(channel),
                source,
                outcome.toLowerCase(Locale.ROOT).replace('_', '-'),
                negative,
                startedAt,
                endedAt,
                answers);
    }

    private static void readAnswers(BsonReader reader, Map<String, String> answers) {
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String question = reader.readName();
            answers.put(
                    question,
                    switch (reader.getCurrentBsonType()) {
                        case STRING -> reader.readString();
                        case INT32 -> String.valueOf(reader.readInt32());
                        case INT64 -> String.valueOf(reader.readInt64());
                        case DOUBLE -> String.valueOf(reader.readDouble());
                        case BOOLEAN -> String.valueOf(reader.readBoolean());
                        default -> {
                            reader.skipValue();
                            yield "";
                        }
                    });
        }
        reader.readEndDocument();
    }

    @Override
    public void encode(BsonWriter writer, ResponseRow row, EncoderContext context) {
        throw new UnsupportedOperationException("Rows are read, never written: responses are stored as Response");
    }

    @Override
    public Class<ResponseRow> getEncoderClass() {
        return ResponseRow.class;
    }
}
