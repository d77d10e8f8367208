package ua.vidguk.conversation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import ua.vidguk.conversation.event.NegativeFeedbackReceived;
import ua.vidguk.conversation.event.OptedOut;

/**
 * Heard first, before the application's own listeners, and fails once for the contacts a test
 * names: Spring stops at the first listener that throws, so the others do not hear the fact then.
 */
@TestComponent
class FailingEndListener {

    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();

    void failOnceFor(String e164) {
        failOnce.add("tel:" + e164);
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE) // on the method: a listener method's order is its own
    void on(NegativeFeedbackReceived negative) {
        failFor(negative.contact().uri());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE) // on the method: a listener method's order is its own
    void on(OptedOut optedOut) {
        failFor(optedOut.contact().uri());
    }

    private void failFor(String contact) {
        if (failOnce.remove(contact)) {
            throw new IllegalStateException("A listener failed, as the test asked");
        }
    }
}
