package ua.vidguk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import ua.vidguk.channel.Channel;
import ua.vidguk.channel.Inbox;
import ua.vidguk.channel.MessageReceived;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.Conversations;
import ua.vidguk.conversation.Inviter;
import ua.vidguk.stafflink.StaffGroupTest;
import ua.vidguk.stafflink.StaffTelegramFake;

/**
 * The web survey as a phone's browser answers it: from a centre's QR code to the thank-you, with
 * the same rules, alerts and responses as every channel.
 */
class WebSurveyIntegrationTests extends StaffGroupTest {

    static final List<String> BAD = List.of("1", "no", "1", "1", "1", "1", "waiting", "Чекала дві години");
    static final List<String> GOOD = List.of("5", "yes", "5", "5", "4", "5", "");

    @LocalServerPort
    int webPort;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Conversations conversations;

    @Autowired
    Inviter inviter;

    @Autowired
    Inbox inbox;

    @Test
    void aWebSurveyAnsweredBadlyEndsWithExactlyOneAlertInTheCentresChatWithTheNumberTyped() {
        centre("WS-1", "ЦНАП «Вебове»", "UA-32");
        long chat = -100_901;
        link(chat, "cnaps/WS-1");
        var browser = new SurveyBrowser(webPort);
        String survey = browser.begin("WS-1");
        BAD.forEach(
                answer -> assertThat(browser.answer(survey, answer).status()).isEqualTo(303));

        var consent = browser.get(survey);
        assertThat(consent.text()).contains("зателефонувати", "Ваш номер телефону");
        long step = consent.step();
        var typo = browser.post(survey, Map.of("step", Long.toString(step), "answer", "yes", "phone", "067 12"));
        assertThat(typo.location()).contains("error=phone-invalid");
        assertThat(browser.get(typo.location()).text()).contains("не схоже на номер мобільного");
        browser.post(survey, Map.of("step", Long.toString(step), "answer", "yes", "phone", "067 123 45 99"));

        assertThat(browser.get(survey).text()).contains("Дякуємо", "зателефонує вам");
        await().until(() -> StaffTelegramFake.sent(telegram, chat).size() == 2);
        assertThat(lastTo(chat))
                .contains("ЦНАП «Вебове» (WS-1)", "Канал: WEB", "Чекала дві години", "+380 67 123 45 99");
        await().during(Duration.ofMillis(500))
                .until(() -> StaffTelegramFake.sent(telegram, chat).size() == 2);
        Document response = response(survey);
        assertThat(response.getString("channel")).isEqualTo("WEB");
        assertThat(response.getString("source")).isEqualTo("qr");
        assertThat(response.getBoolean("negative")).isTrue();
    }

    @Test
    void aFormSentTwiceRecordsItsAnswerOnce() {
        centre("WS-2", "ЦНАП «Подвійний»", "UA-32");
        var browser = new SurveyBrowser(webPort);
        String survey = browser.begin("WS-2");
        long step = browser.get(survey).step();

        var first = browser.post(survey, Map.of("step", Long.toString(step), "answer", "4"));
        var again = browser.post(survey, Map.of("step", Long.toString(step), "answer", "1"));

        assertThat(first.status()).isEqualTo(303);
        assertThat(again.status()).isEqualTo(303);
        assertThat(session(survey).get("answers", Document.class)).isEqualTo(new Document("overall", "4"));
        assertThat(browser.get(survey).text()).contains("Чи отримали ви послугу");
    }

    @Test
    void aStartSentTwiceOpensOneSurvey() {
        centre("WS-3", "ЦНАП «Двічі»", "UA-32");
        String browserId = new SurveyBrowser(webPort).get("/c/WS-3").browser();

        var first = new SurveyBrowser(webPort).post("/c/WS-3", Map.of("browser", browserId));
        var second = new SurveyBrowser(webPort).post("/c/WS-3", Map.of("browser", browserId));

        assertThat(first.location()).startsWith("/v/").isEqualTo(second.location());
    }

    @Test
    void theSameBrowserCannotAnswerACentresSurveyTwiceTheSameDayButMayTheNext() {
        centre("WS-4", "ЦНАП «Щоденний»", "UA-32");
        var browser = new SurveyBrowser(webPort);
        String survey = browser.begin("WS-4");
        var midway = browser.get("/c/WS-4");
        assertThat(midway.location()).isEqualTo(survey); // goes back to the survey it began
        GOOD.forEach(answer -> browser.answer(survey, answer));
        assertThat(browser.get(survey).text()).contains("Дякуємо за ваш відгук!");

        var again = browser.get("/c/WS-4");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("Ви вже залишили відгук сьогодні").doesNotContain("name=\"browser\"");
        var forced = browser.post("/c/WS-4", Map.of("browser", "a-made-up-browser-id-0123"));
        assertThat(forced.location()).isEqualTo("/c/WS-4");
        assertThat(responses("WS-4")).isEqualTo(1);

        assertThat(new SurveyBrowser(webPort).begin("WS-4")).isNotEqualTo(survey); // another phone
        clock.set(TUESDAY_MORNING.plus(Duration.ofDays(1)));
        assertThat(browser.begin("WS-4")).isNotEqualTo(survey);
    }

    @Test
    void oneAddressBeginsACentresSurveyAtMostTheHourlyLimitThenHearsToComeBackLater() {
        centre("WS-8", "ЦНАП «Ліміт»", "UA-32");
        centre("WS-9", "ЦНАП «Сусідній»", "UA-32");
        for (int i = 0; i < 10; i++) { // vidguk.limits.web-per-hour; each a phone without the cookie
            assertThat(new SurveyBrowser(webPort).begin("WS-8")).startsWith("/v/");
        }

        var eleventh = new SurveyBrowser(webPort).post("/c/WS-8", Map.of("browser", "eleventh-browser-0123456789"));

        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.text()).contains("Спробуйте, будь ласка, пізніше");
        assertThat(Long.parseLong(eleventh.retryAfter())).isBetween(1L, 3600L);
        assertThat(new SurveyBrowser(webPort).begin("WS-9"))
                .as("another centre")
                .startsWith("/v/");
    }

    @Test
    void theSurveyIsInEnglishWithLangEn() {
        centre("WS-5", "ЦНАП «Англійський»", "UA-32");
        var browser = new SurveyBrowser(webPort);
        var intro = browser.get("/c/WS-5?lang=en");
        assertThat(intro.html()).contains("<html lang=\"en\">", "Feedback about ЦНАП «Англійський»", ">Start<");
        var started = browser.post("/c/WS-5", Map.of("browser", intro.browser(), "lang", "en"));
        assertThat(started.location()).endsWith("?lang=en");

        var question = browser.get(started.location());
        assertThat(question.text())
                .contains("Overall, how would you rate the service", "1 — Very poor", "Українська")
                .doesNotContain("Як ви загалом");
        assertThat(question.html()).contains("action=\"/v/");
        String action = started.location().replace("?lang=en", ""); // as the form has it
        var answered =
                browser.post(action, Map.of("step", Long.toString(question.step()), "answer", "5", "lang", "en"));
        assertThat(answered.location()).endsWith("?lang=en");
        assertThat(new SurveyBrowser(webPort).get("/c/WS-5").html()).contains("<html lang=\"uk\">", ">Почати<");
    }

    @Test
    void anInvitationContinuedFromItsLinkEndsInTheBrowserWithNoFurtherSms() {
        centre("WS-6", "ЦНАП «Посилання»", "UA-32");
        var visitor = ContactAddress.tel(PhoneNumber.parseMobile("+380671330061"));
        inviter.invite(PhoneNumber.parseMobile("+380671330061"), "WS-6");
        String survey = "/v/" + token(visitor);
        assertThat(sms(survey)).isEqualTo(1); // the invitation

        var browser = new SurveyBrowser(webPort);
        assertThat(browser.get(survey).text()).contains("Або просто відповідайте на SMS");
        GOOD.forEach(
                answer -> assertThat(browser.answer(survey, answer).status()).isEqualTo(303));

        assertThat(browser.get(survey).text()).contains("Дякуємо за ваш відгук!");
        assertThat(sms(survey)).isEqualTo(1);
        Document response = response(survey);
        assertThat(response.getString("channel")).isEqualTo("WEB");
        assertThat(response.getString("source"))
                .as("the invitation's, answered in the browser")
                .isEqualTo("invitation");
        assertThat(response.get("answers", Document.class)).hasSize(GOOD.size());
    }

    @Test
    void aVisitorWhoTextsAfterAnsweringInTheBrowserGetsTheNextQuestionBySms() {
        centre("WS-7", "ЦНАП «Туди-сюди»", "UA-32");
        var visitor = ContactAddress.tel(PhoneNumber.parseMobile("+380671330071"));
        conversations.start(visitor, Channel.SMS, "WS-7");
        String survey = "/v/" + token(visitor);
        new SurveyBrowser(webPort).answer(survey, "5");

        inbox.receive(new MessageReceived(Channel.SMS, "SMws7", visitor, "1", clock.instant()));

        assertThat(sms(survey)).isEqualTo(2);
        assertThat(session(survey).get("answers", Document.class))
                .isEqualTo(new Document("overall", "5").append("received", "yes"));
    }

    @Test
    void anUnknownCentreOrLinkIsAPoliteNotFound() {
        var browser = new SurveyBrowser(webPort);
        assertThat(browser.get("/c/NO-SUCH-CENTRE").status()).isEqualTo(404);
        assertThat(browser.get("/c/NO-SUCH-CENTRE").text()).contains("Такого центру немає");
        assertThat(browser.post("/c/NO-SUCH-CENTRE", Map.of()).status()).isEqualTo(404);
        assertThat(browser.post("/v/Zz9Zz9Zz9Z", Map.of("step", "1")).status()).isEqualTo(404);
    }

    private String token(ContactAddress visitor) {
        return mongo.getCollection("sessions")
                .find(new Document("_id", visitor.uri()))
                .first()
                .get("session", Document.class)
                .getString("_id");
    }

    /** The SMS sent in a survey, as the message log recorded them. */
    private long sms(String surveyPath) {
        return mongo.getCollection("messages")
                .countDocuments(
                        new Document("sessionId", surveyPath.substring("/v/".length())).append("channel", "SMS"));
    }

    private Document session(String surveyPath) {
        String token = surveyPath.substring("/v/".length());
        return mongo.getCollection("sessions")
                .find(new Document("session._id", token))
                .first()
                .get("session", Document.class);
    }

    private Document response(String surveyPath) {
        return mongo.getCollection("responses")
                .find(new Document("_id", surveyPath.substring("/v/".length())))
                .first();
    }

    private long responses(String code) {
        return mongo.getCollection("responses").countDocuments(new Document("cnapCode", code));
    }
}
