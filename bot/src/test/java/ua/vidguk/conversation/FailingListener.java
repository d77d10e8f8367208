package ua.vidguk.conversation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import ua.vidguk.conversation.event.AnswerRecorded;

/** A listener that fails on the first answer of the contacts a test names: a broken feature downstream. */
@TestComponent
class FailingListener {

    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();

    void failOnNextAnswerOf(String e164) {
        failOnce.add("tel:" + e164);
    }

    @EventListener
    void on(AnswerRecorded answer) {
        if (failOnce.remove(answer.contact().uri())) {
            throw new IllegalStateException("A listener failed, as the test asked");
        }
    }
}
