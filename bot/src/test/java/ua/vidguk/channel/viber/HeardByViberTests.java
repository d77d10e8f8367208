package ua.vidguk.channel.viber;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import ua.vidguk.channel.DeliveryReported;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;

/** Remembers the negative-feedback and delivery events the application published. */
@TestComponent
class HeardByViberTests {

    private final List<NegativeFeedbackReceived> negative = new CopyOnWriteArrayList<>();
    private final List<DeliveryReported> deliveries = new CopyOnWriteArrayList<>();

    @EventListener
    void on(NegativeFeedbackReceived event) {
        negative.add(event);
    }

    @EventListener
    void on(DeliveryReported event) {
        deliveries.add(event);
    }

    List<NegativeFeedbackReceived> negativeFrom(String viberUserId) {
        return negative.stream()
                .filter(event -> event.contact().uri().equals("viber:" + viberUserId))
                .toList();
    }

    List<DeliveryReported> deliveries() {
        return List.copyOf(deliveries);
    }
}
