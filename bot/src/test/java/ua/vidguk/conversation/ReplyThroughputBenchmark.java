package ua.vidguk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import ua.vidguk.StartedApplication;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.sms.TwilioWebhooks;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Conversations.StartOutcome;
import ua.vidguk.conversation.SignedReplyLoad.Run;

/**
 * Signed SMS replies per second through the running application on the embedded database, next to
 * the same server's ceiling: as many requests of the same size to an endpoint that only reads the
 * form. Run: see docs/benchmarks.md.
 */
@Tag("benchmark")
class ReplyThroughputBenchmark {

    static final int CONTACTS = Integer.getInteger("contacts", 3_000);
    static final int WARM_UP = Integer.getInteger("warmUpContacts", 6_000);
    static final int CLIENTS = Integer.getInteger("clients", 64);
    static final int ROUNDS = Integer.getInteger("rounds", 5);
    static final boolean WRITE_THROUGH = Boolean.parseBoolean(System.getProperty("writeThrough", "true"));
    /**
     * A positive survey from invitation to thanks: overall, received, waiting, friendliness,
     * competence, premises, the comment skipped; no callback.
     */
    static final List<String> ANSWERS = List.of("5", "1", "5", "5", "5", "5", "0");

    static final String REPLIES = "/webhooks/twilio/sms";
    static final String BARE = "/webhooks/bench-bare";
    static final String ADMIN = "benchmark-admin-token-0123456789";
    static final String CNAP = "BENCH-1";

    @TempDir
    Path data;

    @Test
    void measureReplies() throws Exception {
        try (var twilio = new CheapTwilio();
                var app = StartedApplication.start(
                        new Class<?>[] {BareWebhook.class},
                        "--vidguk.data-dir=" + data,
                        "--vidguk.embedded.write-through=" + WRITE_THROUGH,
                        "--vidguk.admin-token=" + ADMIN,
                        "--vidguk.twilio.account-sid=" + FakeTwilio.SID,
                        "--vidguk.twilio.auth-token=" + TwilioWebhooks.TOKEN,
                        "--vidguk.twilio.from=" + SignedReplyLoad.TO,
                        "--vidguk.twilio.api-url=" + twilio.baseUrl(),
                        "--vidguk.public-base-url=" + TwilioWebhooks.PUBLIC_BASE_URL)) {
            app.client(ADMIN)
                    .put()
                    .uri("/api/v1/cnaps")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("[{\"code\":\"" + CNAP + "\",\"name\":\"ЦНАП м. Біла Церква\",\"region\":\"UA-32\","
                            + "\"city\":\"Біла Церква\"}]")
                    .exchange()
                    .expectStatus()
                    .isOk();
            var conversations = app.context().getBean(Conversations.class);
            String baseUrl =
                    "http://localhost:" + app.context().getEnvironment().getProperty("local.server.port");
            var load = new SignedReplyLoad(
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), CLIENTS);
            System.out.printf(
                    "%,d contacts x %d replies per round, %d rounds after a warm-up of %,d contacts, %d clients,"
                            + " write-through %s%n",
                    CONTACTS, ANSWERS.size(), ROUNDS, WARM_UP, CLIENTS, WRITE_THROUGH);
            System.out.println(
                    "round  endpoint        requests    200s  resent  requests/s  p50 ms  p99 ms  max ms  CPU ms/req  SMS out");
            var replyRates = new ArrayList<Double>();
            var bareRates = new ArrayList<Double>();
            int first = 0;
            for (int round = 0; round <= ROUNDS; round++) {
                int contacts = round == 0 ? WARM_UP : CONTACTS;
                invite(conversations, first, contacts);
                long sentBefore = twilio.sent();
                Run replies = load.post(SignedReplyLoad.requests(baseUrl, REPLIES, first, contacts, ANSWERS));
                long sent = twilio.sent() - sentBefore;
                Run bare = load.post(SignedReplyLoad.requests(baseUrl, BARE, first, contacts, ANSWERS));
                first += contacts;
                assertThat(replies.ok()).isEqualTo(replies.requests());
                assertThat(sent).isEqualTo(replies.requests());
                if (round > 0) {
                    print(round, "signed replies", replies, Long.toString(sent));
                    print(round, "bare endpoint", bare, "-");
                    replyRates.add(replies.perSecond());
                    bareRates.add(bare.perSecond());
                }
            }
            System.out.printf(
                    "median (min-max) requests/s: signed replies %s, bare endpoint %s; surveys completed %,d of %,d%n",
                    summary(replyRates),
                    summary(bareRates),
                    app.context()
                            .getBean(MongoTemplate.class)
                            .getCollection("responses")
                            .countDocuments(),
                    first);
        }
    }

    /** Starts the surveys of contacts first..first+count-1, invitation sent; untimed, eight at a time. */
    static void invite(Conversations conversations, int first, int count) throws Exception {
        try (var pool = Executors.newFixedThreadPool(8)) {
            var started = new ArrayList<Future<StartOutcome>>();
            for (int i = first; i < first + count; i++) {
                var contact = ContactAddress.tel(PhoneNumber.parseMobile(SignedReplyLoad.phone(i)));
                started.add(pool.submit(() -> conversations.start(contact, Channel.SMS, CNAP)));
            }
            for (var outcome : started) {
                assertThat(outcome.get()).isEqualTo(StartOutcome.STARTED);
            }
        }
    }

    static void print(int round, String endpoint, Run run, String sms) {
        System.out.printf(
                "%5d  %-14s  %8d  %6d  %6d  %10.0f  %6.1f  %6.1f  %6.1f  %10.2f  %7s%n",
                round,
                endpoint,
                run.requests(),
                run.ok(),
                run.resent(),
                run.perSecond(),
                run.millis(0.50),
                run.millis(0.99),
                run.millis(1.0),
                run.cpuMillisPerRequest(),
                sms);
    }

    static String summary(List<Double> rates) {
        var sorted = rates.stream().sorted().toList();
        return "%,.0f (%,.0f-%,.0f)".formatted(sorted.get(sorted.size() / 2), sorted.getFirst(), sorted.getLast());
    }

    /**
     * The ceiling: the same server, filter chain and form parsing, then an empty TwiML answer. A
     * router function rather than a controller, so that component scanning in other tests'
     * applications never finds it; it exists only where this class is passed as a source.
     */
    static class BareWebhook {

        static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

        @Bean
        RouterFunction<ServerResponse> bareWebhook() {
            return RouterFunctions.route()
                    .POST(BARE, request -> {
                        request.params(); // reads and decodes the form, as the reply webhook does
                        request.headers().firstHeader("X-Twilio-Signature");
                        return ServerResponse.ok()
                                .contentType(MediaType.TEXT_XML)
                                .body(EMPTY_TWIML);
                    })
                    .build();
        }
    }
}
