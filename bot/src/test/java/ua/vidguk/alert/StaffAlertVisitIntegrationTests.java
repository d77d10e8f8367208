package ua.vidguk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;
import ua.vidguk.stafflink.StaffTelegramFake;

/**
 * A survey that an invitation opened by SMS and the visitor finished in Telegram: staff still see
 * the visit's time, its service and the (masked) number it was reported with.
 */
@TestPropertySource(properties = {"vidguk.dispatch.enabled=true", "vidguk.dispatch.tick=100ms"})
class StaffAlertVisitIntegrationTests extends StaffChatTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void anAlertFromASurveyThatMovedToAMessengerShowsTheReportedVisitAndNumber() {
        centre("VI-1", "ЦНАП м. Березань", "UA-32");
        // Relative to the shared clock, which other tests move on: a fixed date may be too old.
        Instant visitedAt = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        long chat = -100_601;
        link(chat, "cnaps/VI-1");
        api.post()
                .uri("/campaigns")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "name", "Березань",
                        "cnapCodes", List.of("VI-1"),
                        "delayAfterVisit", "PT0S",
                        "sendWindow", Map.of("opens", "00:00", "closes", "23:59"),
                        "endsAt", clock.instant().plus(Duration.ofDays(30)).toString()))
                .exchange()
                .expectStatus()
                .isCreated();
        api.post()
                .uri("/visits")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of(
                        "externalId", "VI-V1",
                        "cnapCode", "VI-1",
                        "phone", "+380671110061",
                        "visitedAt", visitedAt.toString(),
                        "service", "Оформлення паспорта")))
                .exchange()
                .expectStatus()
                .isOk();
        await().until(() -> sessionOf("VI-V1") != null);

        // The visitor follows the visit link into Telegram, rates the visit 2 and stops: the survey
        // ends negative and unfinished, in a chat that knows no phone number.
        long visitor = 555_061;
        deliver(inPrivate(next(), visitor, "/start " + sessionOf("VI-V1")));
        deliver(inPrivate(next(), visitor, "2"));
        deliver(inPrivate(next(), visitor, "STOP"));

        await().until(() -> StaffTelegramFake.sent(telegram, chat).size() == 2);
        assertThat(StaffTelegramFake.sent(telegram, chat).getLast().text())
                .contains(
                        "Візит: "
                                + DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                                        .format(visitedAt.atZone(ZoneId.of("Europe/Kyiv"))),
                        "Послуга: Оформлення паспорта",
                        "Канал: TELEGRAM",
                        "Опитування не завершено",
                        "+380 67 *** ** 61")
                .doesNotContain("невідомий");
    }

    @Test
    void aSurveyStartedFromAQrCodeInAMessengerSaysTheNumberIsUnknown() {
        centre("VI-2", "ЦНАП м. Яготин", "UA-32");
        long chat = -100_602;
        link(chat, "cnaps/VI-2");

        events.publishEvent(new NegativeFeedbackReceived(
                "qr-session-1",
                "cnap-visit",
                "VI-2",
                ContactAddress.telegram(555_062),
                Channel.TELEGRAM,
                null,
                Map.of("overall", "1"),
                List.of("overall"),
                true,
                null,
                false,
                clock.instant(),
                clock.instant()));

        await().until(() -> StaffTelegramFake.sent(telegram, chat).size() == 2);
        assertThat(StaffTelegramFake.sent(telegram, chat).getLast().text())
                .contains("Телефон: невідомий")
                .doesNotContain("погодився на дзвінок");
    }

    /** A visitor's message in their own chat with the bot. */
    private static String inPrivate(long updateId, long chatId, String text) {
        ObjectNode update = StaffTelegramFake.JSON.createObjectNode().put("update_id", updateId);
        ObjectNode message = update.putObject("message");
        message.put("message_id", (int) (updateId % 1_000_000))
                .put("date", 1764000000)
                .put("text", text);
        message.putObject("chat").put("id", chatId).put("type", "private");
        message.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "Оксана");
        return update.toString();
    }

    private String sessionOf(String visitId) {
        Document invitation = mongo.getCollection("invitations")
                .find(new Document("visitId", visitId))
                .first();
        return invitation == null ? null : invitation.getString("sessionId");
    }
}
