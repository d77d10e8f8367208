package ua.vidguk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.SessionStore.ActiveSession;
import ua.vidguk.conversation.engine.Session;
import ua.vidguk.conversation.engine.SessionStatus;

/** The store over the embedded database's real protocol. */
class SessionStoreIntegrationTests {

    static final ContactAddress CONTACT = ContactAddress.tel(PhoneNumber.parseMobile("+380671440001"));
    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    final MongoServer server = new MongoServer(H2Backend.inMemory());
    final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final MongoTemplate mongo = new MongoTemplate(client, "vidguk");
    final SessionStore store = new SessionStore(mongo, new SessionExpiries(mongo), new VisitTokens(mongo));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aContactHasOneConversationAtATime() {
        assertThat(store.open(session("Tok1Tok1Tk", 0), null)).isTrue();
        assertThat(store.open(session("Tok2Tok2Tk", 0), null)).isFalse();
        assertThat(store.find(CONTACT))
                .get()
                .extracting(active -> active.session().id())
                .isEqualTo("Tok1Tok1Tk");
    }

    @Test
    void ofRepliesRacingFromTheSameStateExactlyOneAdvancesTheConversation() throws Exception {
        store.open(session("RaceRace1A", 0), null);
        ActiveSession read = store.find(CONTACT).orElseThrow();
        int racers = 8;
        var start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                String answer = Integer.toString(1 + i % 5);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return store.replace(
                            read, new ActiveSession(read.contact(), "SM" + answer, answered(read.session(), answer)));
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> outcome : outcomes) {
                won += outcome.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        }
        ActiveSession after = store.find(CONTACT).orElseThrow();
        assertThat(after.session().version()).isEqualTo(1);
        assertThat(after.session().answers()).hasSize(1);
    }

    @Test
    void anEndedConversationIsRemovedOnlyIfNobodyChangedItMeanwhile() {
        store.open(session("EndEndEnd1", 0), null);
        ActiveSession read = store.find(CONTACT).orElseThrow();
        store.replace(read, new ActiveSession(read.contact(), "SM1", answered(read.session(), "5")));

        store.close(read);
        assertThat(store.find(CONTACT)).isPresent();

        store.close(store.find(CONTACT).orElseThrow());
        assertThat(store.find(CONTACT)).isEmpty();
        assertThat(store.visit("EndEndEnd1")).get().extracting(Visit::open).isEqualTo(false);
    }

    @Test
    void aConversationAnotherInstanceChangedIsReadAgainAfterItsStaleCopyFailsToChange() {
        var other = new SessionStore(
                mongo, new SessionExpiries(mongo), new VisitTokens(mongo)); // another instance, same database
        store.open(session("StaleCopy1", 0), null);
        ActiveSession seen = store.recent(CONTACT).orElseThrow();
        ActiveSession theirs = other.find(CONTACT).orElseThrow();
        assertThat(other.replace(
                        theirs, new ActiveSession(theirs.contact(), "SM-other", answered(theirs.session(), "4"))))
                .isTrue();

        ActiveSession stale = store.recent(CONTACT).orElseThrow();
        assertThat(stale.session().version()).isEqualTo(seen.session().version());
        assertThat(store.replace(stale, new ActiveSession(stale.contact(), "SM-mine", answered(stale.session(), "5"))))
                .isFalse();

        ActiveSession fresh = store.recent(CONTACT).orElseThrow();
        assertThat(fresh.session().answers()).containsEntry("overall", "4");
        assertThat(store.replace(fresh, new ActiveSession(fresh.contact(), "SM-mine", answered(fresh.session(), "5"))))
                .isTrue();
    }

    static Session session(String id, long version) {
        return new Session(
                id,
                "cnap-visit",
                CONTACT,
                "C-1",
                "ЦНАП",
                Channel.SMS,
                "uk",
                null,
                SessionStatus.ACTIVE,
                "overall",
                0,
                Map.of(),
                NOW,
                NOW,
                NOW.plusSeconds(86_400),
                version);
    }

    static Session answered(Session session, String answer) {
        return new Session(
                session.id(),
                session.surveyId(),
                session.contact(),
                session.cnapCode(),
                session.cnapName(),
                session.channel(),
                session.locale(),
                session.visit(),
                SessionStatus.ACTIVE,
                "received",
                0,
                Map.of("overall", answer),
                session.startedAt(),
                NOW,
                session.expiresAt(),
                session.version() + 1);
    }
}
