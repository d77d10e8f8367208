package ua.vidguk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.OptOuts;

/**
 * The facts a conversation's end produces (negative feedback, an opt-out) are heard by every
 * listener even when one of them fails: the end is stored with its facts, the conversation stays
 * open until all were heard, and the sweep publishes them again. The staff's case is opened once.
 */
@Import(FailingEndListener.class)
class EndOfConversationIntegrationTests extends FakeTwilioApplicationTest {

    static final AtomicInteger SIDS = new AtomicInteger();

    @Autowired
    FailingEndListener failing;

    @Autowired
    ExpirySweep sweep;

    @Autowired
    OptOuts optOuts;

    @Override
    String centre() {
        return "[{\"code\":\"END-1\",\"name\":\"ЦНАП м. Фастів\",\"region\":\"UA-32\",\"city\":\"Фастів\"}]";
    }

    @Test
    void negativeFeedbackAListenerFailedOnStillOpensExactlyOneCaseAfterTheSweep() {
        String visitor = "+380671120001";
        conversations.start(tel(visitor), Channel.SMS, "END-1");
        failing.failOnceFor(visitor);

        answerBadly(visitor);

        assertThat(cases()).isZero();
        assertThat(session(visitor)).as("kept until its facts are heard").isNotNull();

        sweep.sweep();
        sweep.sweep();

        assertThat(cases()).isEqualTo(1);
        assertThat(session(visitor)).isNull();
        assertThat(mongo.getCollection("responses").countDocuments(new Document("contact", "tel:" + visitor)))
                .isEqualTo(1);
    }

    @Test
    void aStopWhoseOptOutAListenerFailedOnIsStillRecordedAfterTheSweep() {
        String visitor = "+380671120002";
        conversations.start(tel(visitor), Channel.SMS, "END-1");
        failing.failOnceFor(visitor);

        reply(visitor, "СТОП");
        assertThat(optOuts.isOptedOut(tel(visitor))).isFalse();

        sweep.sweep();

        assertThat(optOuts.isOptedOut(tel(visitor))).isTrue();
        assertThat(session(visitor)).isNull();
    }

    void answerBadly(String visitor) {
        for (String answer : new String[] {"1", "2", "1", "2", "2", "3", "1", "Чекала дві години.", "1"}) {
            reply(visitor, answer);
        }
    }

    long cases() {
        return mongo.getCollection("cases").countDocuments(new Document("cnapCode", "END-1"));
    }

    Document session(String visitor) {
        return mongo.getCollection("sessions")
                .find(new Document("_id", "tel:" + visitor))
                .first();
    }

    void reply(String from, String text) {
        sms(from, "SMend" + SIDS.incrementAndGet(), text);
    }
}
