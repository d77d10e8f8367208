package ua.vidguk.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import ua.vidguk.VidgukIntegrationTest;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.ContactLinks;
import ua.vidguk.contact.OptOuts;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Conversations;
import ua.vidguk.conversation.Inviter;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;

/** Surveys in Telegram through the webhook, against a fake Bot API; SMS runs as the sandbox. */
@VidgukIntegrationTest
@TestPropertySource(
        properties = {
            "vidguk.telegram.bot-token=" + FakeTelegram.TOKEN,
            "vidguk.telegram.mode=webhook",
            "vidguk.telegram.webhook-secret=" + TelegramWebhookIntegrationTests.SECRET,
            "vidguk.telegram.limits.per-chat-interval=0s",
            "vidguk.telegram.retry.delay=5ms",
            "vidguk.public-base-url=https://vidguk.example.ua"
        })
@Import(TelegramWebhookIntegrationTests.HeardNegativeFeedback.class)
class TelegramWebhookIntegrationTests {

    static final String SECRET = "telegram-webhook-secret-0123";
    static final String CENTRE = "TG-1";
    static final AtomicLong IDS = new AtomicLong(1000);

    // Not reset between tests: the application registers its webhook at start-up, before any test.
    // Each test uses its own chat ids, so what one test sends does not count in another.
    @RegisterExtension
    static WireMockExtension telegram = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().globalTemplating(true))
            .resetOnEachTest(false)
            .build();

    @DynamicPropertySource
    static void fakeTelegram(DynamicPropertyRegistry properties) {
        properties.add("vidguk.telegram.api-url", telegram::baseUrl);
        FakeTelegram.acceptEverything(telegram);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Conversations conversations;

    @Autowired
    OptOuts optOuts;

    @Autowired
    ContactLinks links;

    @Autowired
    Inviter inviter;

    @Autowired
    HeardNegativeFeedback heard;

    RestTestClient http;

    @BeforeEach
    void connect() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        http.put()
                .uri("/api/v1/cnaps")
                .header("Authorization", "Bearer " + VidgukIntegrationTest.ADMIN_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .body("[{\"code\":\"" + CENTRE
                        + "\",\"name\":\"ЦНАП м. Ірпінь\",\"region\":\"UA-32\",\"city\":\"Ірпінь\"}]")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aQrCodeStartsTheSurveyAndTapsAndTextCompleteItWithOneNegativeFeedback() {
        long chat = 5001;
        deliver(Updates.text(next(), chat, "/start " + CENTRE));
        assertThat(FakeTelegram.sentTo(telegram, chat)).singleElement().satisfies(first -> {
            assertThat(first.text()).contains("Як ви загалом оцінюєте");
            assertThat(first.keyboard()).hasSize(1); // the scale in one row
            assertThat(first.keyboard().get(0)).hasSize(5);
        });

        tapLast(chat, "@overall:2");
        tapLast(chat, "@received:no");
        tapLast(chat, "@waiting:1");
        tapLast(chat, "@friendliness:3");
        tapLast(chat, "@competence:3");
        tapLast(chat, "@premises:4");
        tapLast(chat, "@problem:waiting");
        deliver(Updates.text(next(), chat, "Чекала дві години."));
        tapLast(chat, "@callback:yes");

        var thanks = FakeTelegram.sentTo(telegram, chat).getLast();
        assertThat(thanks.text()).contains("Дякуємо");
        // The thank-you offers Telegram's own contact button, so a later survey can come here.
        var sharePhone =
                thanks.request().path("reply_markup").path("keyboard").get(0).get(0);
        assertThat(sharePhone.path("request_contact").asBoolean()).isTrue();
        assertThat(sharePhone.path("text").asString()).isEqualTo("Поділитися номером телефону");
        Document response = mongo.getCollection("responses")
                .find(new Document("contact", "telegram:" + chat))
                .first();
        assertThat(response).isNotNull().containsEntry("channel", "TELEGRAM").containsEntry("negative", true);
        assertThat(response.get("answers", Document.class))
                .containsEntry("overall", "2")
                .containsEntry("problem", "waiting")
                .containsEntry("comment", "Чекала дві години.")
                .containsEntry("callback", "yes");
        assertThat(heard.about(chat)).hasSize(1);
        assertThat(FakeTelegram.requests(telegram, "answercallbackquery")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(FakeTelegram.requests(telegram, "editmessagetext"))
                .anySatisfy(edit -> assertThat(edit.get("text").asString()).endsWith("✅ 2"));
    }

    @Test
    void anInvitationTokenMovesTheSmsSurveyToTelegramAndItCompletesThere() {
        var phone = ContactAddress.tel(PhoneNumber.parseMobile("+380671230001"));
        conversations.start(phone, Channel.SMS, CENTRE);
        String token = mongo.getCollection("visit_tokens")
                .find(new Document("contact", phone.uri()))
                .first()
                .getString("_id");
        long chat = 5002;

        deliver(Updates.text(next(), chat, "/start " + token));

        assertThat(FakeTelegram.sentTo(telegram, chat))
                .singleElement()
                .satisfies(first -> assertThat(first.text()).contains("Як ви загалом оцінюєте"));
        for (String answer : List.of(
                "@overall:5", "@received:yes", "@waiting:5", "@friendliness:5", "@competence:5", "@premises:4")) {
            tapLast(chat, answer);
        }
        tapLast(chat, "@comment:");
        assertThat(mongo.getCollection("responses")
                        .find(new Document("contact", "telegram:" + chat))
                        .first())
                .containsEntry("channel", "TELEGRAM")
                .containsEntry("negative", false);
        assertThat(mongo.getCollection("sessions").countDocuments(new Document("_id", phone.uri())))
                .isZero();
    }

    @Test
    void aRedeliveredUpdateChangesNothing() {
        long chat = 5003;
        long start = next();
        deliver(Updates.text(start, chat, "/start " + CENTRE));
        long tap = next();
        String tapUpdate =
                Updates.tap(tap, "cb" + tap, FakeTelegram.sentTo(telegram, chat).getLast(), "@overall:4");
        deliver(tapUpdate);

        deliver(Updates.text(start, chat, "/start " + CENTRE));
        deliver(tapUpdate);

        assertThat(FakeTelegram.sentTo(telegram, chat)).hasSize(2);
        assertThat(question(chat)).isEqualTo("received");
    }

    @Test
    void aDoubleTapAnswersOnceAndBothTapsAreAcknowledged() {
        long chat = 5004;
        deliver(Updates.text(next(), chat, "/start " + CENTRE));
        var scale = FakeTelegram.sentTo(telegram, chat).getLast();
        int answered = FakeTelegram.calls(telegram, "answercallbackquery").size();

        long first = next();
        long second = next();
        deliver(Updates.tap(first, "cb" + first, scale, "@overall:3"));
        deliver(Updates.tap(second, "cb" + second, scale, "@overall:1"));

        assertThat(FakeTelegram.sentTo(telegram, chat)).hasSize(2);
        assertThat(question(chat)).isEqualTo("received");
        assertThat(answer(chat, "overall")).isEqualTo("3");
        assertThat(FakeTelegram.calls(telegram, "answercallbackquery")).hasSize(answered + 2);
    }

    @Test
    void aForgedOrMissingSecretIsRefusedAndChangesNothing() {
        long chat = 5005;
        long update = next();
        http.post()
                .uri(TelegramWebhookController.PATH)
                .header(TelegramWebhookController.SECRET, "forged")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Updates.text(update, chat, "/start " + CENTRE))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.post()
                .uri(TelegramWebhookController.PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Updates.text(update, chat, "/start " + CENTRE))
                .exchange()
                .expectStatus()
                .isForbidden();

        assertThat(FakeTelegram.sentTo(telegram, chat)).isEmpty();
        assertThat(mongo.getCollection("inbound_messages").countDocuments(new Document("_id", "telegram:" + update)))
                .isZero();
    }

    @Test
    void aBodyThatIsNotAnUpdateIsABadRequest() {
        for (String body : List.of("{not json", "{\"message\":{}}", "[]")) {
            http.post()
                    .uri(TelegramWebhookController.PATH)
                    .header(TelegramWebhookController.SECRET, SECRET)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange()
                    .expectStatus()
                    .isBadRequest();
        }
    }

    @Test
    void aGroupChatMessageIsIgnored() {
        long group = -1005006;
        deliver(Updates.inGroup(next(), group, "/start " + CENTRE));
        deliver(Updates.inGroup(next(), group, "5"));

        assertThat(FakeTelegram.sentTo(telegram, group)).isEmpty();
        assertThat(mongo.getCollection("sessions").countDocuments(new Document("_id", "telegram:" + group)))
                .isZero();
    }

    @Test
    void theVisitorsOwnPhoneNumberIsLinkedAndSomeoneElsesIsNot() {
        long chat = 5007;
        var own = PhoneNumber.parseMobile("+380671230007");
        var other = PhoneNumber.parseMobile("+380671230008");

        deliver(Updates.contact(next(), chat, 999, "380671230008"));
        deliver(Updates.contact(next(), chat, chat, "380671230007"));

        assertThat(links.of(own))
                .hasValueSatisfying(
                        linked -> assertThat(linked.telegramAddress()).contains(ContactAddress.telegram(chat)));
        assertThat(links.of(other)).isEmpty();
        assertThat(FakeTelegram.sentTo(telegram, chat))
                .singleElement()
                .satisfies(sent -> assertThat(sent.text()).contains("номер телефону збережено"));
    }

    @Test
    void aStopInTelegramKeepsTheLinkedPhoneOutOfEverySurveyOnEveryChannel() {
        long chat = 5011;
        var phone = PhoneNumber.parseMobile("+380671230011");
        deliver(Updates.contact(next(), chat, chat, "380671230011"));

        deliver(Updates.text(next(), chat, "СТОП"));
        int sent = FakeTelegram.sentTo(telegram, chat).size();

        assertThat(optOuts.isOptedOut(ContactAddress.tel(phone))).isTrue();
        assertThat(inviter.invite(phone, CENTRE)).isEqualTo(Conversations.StartOutcome.OPTED_OUT);
        assertThat(FakeTelegram.sentTo(telegram, chat)).hasSize(sent);
        assertThat(mongo.getCollection("sessions").countDocuments(new Document("_id", "tel:" + phone.e164())))
                .isZero();
    }

    @Test
    void aVisitLinkOpenedInTelegramProvesThePhoneSoAStopThereStopsTheSmsToo() {
        var phone = PhoneNumber.parseMobile("+380671230012");
        conversations.start(ContactAddress.tel(phone), Channel.SMS, CENTRE);
        String token = mongo.getCollection("visit_tokens")
                .find(new Document("contact", "tel:" + phone.e164()))
                .first()
                .getString("_id");
        long chat = 5012;

        deliver(Updates.text(next(), chat, "/start " + token));
        assertThat(links.of(phone))
                .hasValueSatisfying(
                        linked -> assertThat(linked.telegramAddress()).contains(ContactAddress.telegram(chat)));
        deliver(Updates.text(next(), chat, "СТОП"));

        assertThat(optOuts.isOptedOut(ContactAddress.tel(phone))).isTrue();
        assertThat(inviter.invite(phone, CENTRE)).isEqualTo(Conversations.StartOutcome.OPTED_OUT);
    }

    @Test
    void aChatThatBlockedTheBotIsOptedOut() {
        long chat = 5008;
        telegram.stubFor(post(urlPathMatching(FakeTelegram.path("sendmessage")))
                .withRequestBody(matchingJsonPath(
                        "$.chat_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(Long.toString(chat))))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":403,"
                                + "\"description\":\"Forbidden: bot was blocked by the user\"}")));

        deliver(Updates.text(next(), chat, "/start " + CENTRE));

        assertThat(optOuts.isOptedOut(ContactAddress.telegram(chat))).isTrue();
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheWaitTelegramAsksFor() {
        long chat = 5009;
        String scenario = "busy";
        telegram.stubFor(post(urlPathMatching(FakeTelegram.path("sendmessage")))
                .withRequestBody(matchingJsonPath(
                        "$.chat_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(Long.toString(chat))))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("calm")
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                                        + "\"parameters\":{\"retry_after\":1}}")));

        long before = System.nanoTime();
        deliver(Updates.text(next(), chat, "/start " + CENTRE));

        assertThat(System.nanoTime() - before).isGreaterThanOrEqualTo(1_000_000_000L);
        assertThat(FakeTelegram.sentTo(telegram, chat))
                .singleElement()
                .satisfies(sent -> assertThat(sent.text()).contains("Як ви загалом оцінюєте"));
        assertThat(optOuts.isOptedOut(ContactAddress.telegram(chat))).isFalse();
    }

    @Test
    void theWebhookWasRegisteredWithItsSecretAtStartUp() {
        // telegrambots sends setWebhook as a multipart form (it may carry a certificate).
        assertThat(FakeTelegram.calls(telegram, "setwebhook"))
                .singleElement()
                .extracting(event -> event.getRequest().getBodyAsString())
                .asString()
                .contains("https://vidguk.example.ua/webhooks/telegram", SECRET);
    }

    private void tapLast(long chat, String data) {
        long update = next();
        deliver(Updates.tap(
                update, "cb" + update, FakeTelegram.sentTo(telegram, chat).getLast(), data));
    }

    private void deliver(String update) {
        http.post()
                .uri(TelegramWebhookController.PATH)
                .header(TelegramWebhookController.SECRET, SECRET)
                .contentType(MediaType.APPLICATION_JSON)
                .body(update)
                .exchange()
                .expectStatus()
                .isOk();
    }

    private String question(long chat) {
        return session(chat).getString("question");
    }

    private String answer(long chat, String question) {
        return session(chat).get("answers", Document.class).getString(question);
    }

    private Document session(long chat) {
        return mongo.getCollection("sessions")
                .find(new Document("_id", "telegram:" + chat))
                .first()
                .get("session", Document.class);
    }

    private static long next() {
        return IDS.incrementAndGet();
    }

    /** Remembers the negative-feedback events, as the alert feature will hear them. */
    @TestComponent
    static class HeardNegativeFeedback {

        private final List<NegativeFeedbackReceived> heard = new CopyOnWriteArrayList<>();

        @EventListener
        void on(NegativeFeedbackReceived event) {
            heard.add(event);
        }

        List<NegativeFeedbackReceived> about(long chat) {
            return heard.stream()
                    .filter(event -> event.contact().uri().equals("telegram:" + chat))
                    .toList();
        }
    }
}
