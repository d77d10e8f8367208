package ua.vidguk.conversation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;

/** Remembers every negative-feedback event the application published, as the alert feature will hear them. */
@TestComponent
class HeardNegativeFeedback {

    private final List<NegativeFeedbackReceived> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(NegativeFeedbackReceived event) {
        heard.add(event);
    }

    List<NegativeFeedbackReceived> about(String e164) {
        return heard.stream()
                .filter(event -> event.contact().uri().equals("tel:" + e164))
                .toList();
    }
}
