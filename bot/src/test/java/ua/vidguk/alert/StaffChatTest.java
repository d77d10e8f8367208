package ua.vidguk.alert;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ParameterizedTypeReference;
import ua.vidguk.channel.Channel;
import ua.vidguk.contact.ContactAddress;
import ua.vidguk.contact.PhoneNumber;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;
import ua.vidguk.stafflink.StaffGroupTest;

/**
 * Staff groups linked the real way ({@link StaffGroupTest}), with negative feedback published as
 * the conversation does and the alert sweep run by the tests.
 */
abstract class StaffChatTest extends StaffGroupTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AlertSchedule schedule;

    /** Negative feedback as the conversation publishes it: a 1 overall, service not received. */
    NegativeFeedbackReceived negative(String cnapCode, String phone, boolean callbackConsent) {
        return negative(cnapCode, phone, callbackConsent, "Чекала дві години");
    }

    NegativeFeedbackReceived negative(String cnapCode, String phone, boolean callbackConsent, String comment) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("overall", "1");
        answers.put("received", "no");
        answers.put("comment", comment);
        var event = new NegativeFeedbackReceived(
                UUID.randomUUID().toString().substring(0, 10),
                "cnap-visit",
                cnapCode,
                ContactAddress.tel(PhoneNumber.parseMobile(phone)),
                Channel.SMS,
                null,
                answers,
                List.of("overall", "received"),
                callbackConsent,
                comment,
                false,
                clock.instant().minus(Duration.ofMinutes(5)),
                clock.instant());
        events.publishEvent(event);
        return event;
    }

    List<Map<String, Object>> cases(String query) {
        return api.get()
                .uri("/cases?" + query)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
    }
}
