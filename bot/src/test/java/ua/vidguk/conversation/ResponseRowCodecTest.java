package ua.vidguk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.bson.BsonDocumentReader;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.junit.jupiter.api.Test;
import ua.vidguk.channel.Channel;

class ResponseRowCodecTest {

    static final Instant STARTED = Instant.parse("2025-06-05T09:00:00Z");

    @Test
    void aStoredResponseBecomesARowWithItsAnswersInTheOrderGiven() {
        Document stored = new Document("_id", "s1")
                .append("surveyId", "cnap-visit")
                .append("cnapCode", "0001")
                .append("region", "UA-74")
                .append("channel", "VIBER")
                .append("source", "invitation")
                .append("contact", "tel:+380671234567")
                .append("locale", "uk")
                .append("outcome", "OPTED_OUT")
                .append(
                        "answers",
                        new Document("overall", "2").append("waiting", "").append("comment", "Довго"))
                .append("negative", true)
                .append("startedAt", Date.from(STARTED))
                .append("endedAt", Date.from(STARTED.plusSeconds(60)))
                .append("_class", "ua.vidguk.conversation.ResponseStore$Response");

        ResponseRow row = decode(stored);

        assertThat(row)
                .isEqualTo(new ResponseRow(
                        "s1",
                        "cnap-visit",
                        "0001",
                        "UA-74",
                        Channel.VIBER,
                        "invitation",
                        "opted-out",
                        true,
                        STARTED,
                        STARTED.plusSeconds(60),
                        row.answers()));
        assertThat(row.answers().keySet()).containsExactly("overall", "waiting", "comment");
        assertThat(row.answers()).containsEntry("comment", "Довго").containsEntry("waiting", "");
        assertThat(row.toString()).doesNotContain("380671234567");
    }

    @Test
    void aMissingRegionAndNumbersStoredAsNumbersAreReadAsTheExportShowsThem() {
        Document stored = new Document("_id", "s2")
                .append("surveyId", "cnap-visit")
                .append("cnapCode", "0002")
                .append("region", null)
                .append("channel", "SMS")
                .append("outcome", "COMPLETED")
                .append("answers", new Document("overall", 5).append("received", true))
                .append("startedAt", Date.from(STARTED))
                .append("endedAt", Date.from(STARTED));

        ResponseRow row = decode(stored);

        assertThat(row.region()).isNull();
        assertThat(row.negative()).isFalse();
        assertThat(row.answers()).containsEntry("overall", "5").containsEntry("received", "true");
    }

    private static ResponseRow decode(Document stored) {
        var bson = stored.toBsonDocument();
        return new ResponseRowCodec()
                .decode(new BsonDocumentReader(bson), DecoderContext.builder().build());
    }
}
